// Small commands that exercise every Reply element the Teams adapter renders, independent of the
// feature commands being built in parallel.
import type { Command } from '../../../src/commands/command.ts'
import { answer, rejected } from '../../../src/reply/reply.ts'

const noop = { summary: 'test', examples: [], usage: '' }

/** `slow` answers only once the test opens this gate, so nothing depends on how fast the machine is. */
export const slowGate = {
  open: () => {},
  promise: Promise.resolve(),
  reset(): void {
    this.promise = new Promise<void>((resolve) => {
      this.open = resolve
    })
  },
}

export const testCommands: Command[] = [
  {
    ...noop,
    name: 'echo',
    usage: 'echo <text>',
    writes: false,
    handler: (r) =>
      answer({
        title: 'Echo',
        text: [r.args],
        fields: [
          { label: 'user', value: r.user },
          { label: 'admin', value: r.asAdmin === true ? 'yes' : 'no' },
          { label: 'workspace', value: r.workspace ?? '-' },
          { label: 'channel', value: r.channel ?? '-' },
        ],
      }),
  },
  {
    ...noop,
    name: 'owner',
    writes: false,
    handler: () =>
      answer({
        text: [
          ['Owner: ', { mention: '6b1f4c1e-0000-4000-8000-00000000a001' }, ' and ', { mention: 'U0NORTH' }],
          ['Vendor ', { strong: '*Acme*' }, ' has_notes [x]'],
          '- not a list',
        ],
      }),
  },
  {
    ...noop,
    name: 'confirm',
    writes: false,
    handler: () =>
      answer({
        text: ['Add vendor Acme?'],
        actions: [
          { label: 'Confirm', command: 'echo confirmed', style: 'primary' },
          { label: 'Cancel', command: 'echo cancelled', style: 'danger' },
        ],
      }),
  },
  {
    ...noop,
    name: 'bump',
    writes: true,
    handler: async (r, c) => {
      const n = await c.store.transact(
        { who: r.user, at: c.clock.now(), action: 'bump', requestId: r.requestId },
        (tx) => tx.next('bump'),
      )
      return answer({ text: [`bumped to ${n}`] })
    },
  },
  {
    ...noop,
    name: 'form',
    writes: false,
    handler: () =>
      answer({
        form: {
          command: 'vendor add',
          title: 'Add a vendor',
          submitLabel: 'Add',
          fields: [
            { name: 'name', label: 'Name', type: 'text', required: true },
            {
              name: 'tier',
              label: 'Risk tier',
              type: 'choice',
              required: true,
              options: ['critical', 'high', 'medium', 'low'],
            },
            { name: 'start', label: 'Start', type: 'date', required: false },
            { name: 'notes', label: 'Notes', type: 'multiline', required: false },
          ],
        },
      }),
  },
  {
    ...noop,
    name: 'vendor add',
    writes: true,
    handler: (r) => {
      if (!/\btier\s+(critical|high|medium|low)\b/.test(r.args)) {
        return { ...rejected('The tier is missing.'), fieldErrors: { tier: 'Pick a risk tier.' } }
      }
      return answer({ text: [`added: ${r.args}`] })
    },
  },
  {
    ...noop,
    name: 'list',
    writes: false,
    handler: (r) => {
      const n = Number(r.args)
      return answer({
        title: `${n} renewals`,
        sections: [
          {
            heading: 'Renewals',
            items: Array.from({ length: n }, (_, i) => ({
              text: `Vendor ${String(i + 1).padStart(3, '0')} Holdings International — Enterprise Support Agreement ${i + 1}: notice 2027-03-31, 75 days, auto-renew, 207,000.00 USD`,
            })),
          },
        ],
        footer: ['Total: 62,100,000.00 USD'],
      })
    },
  },
  {
    ...noop,
    name: 'slow',
    writes: false,
    handler: async () => {
      await slowGate.promise
      return answer({ text: ['finally'] })
    },
  },
]
