// A small command table for the adapter tests: the adapter is what is under test, so these
// commands exercise each Reply element (lists, buttons, forms, writes, slow answers).
import type { Command } from '../../../src/commands/command.ts'
import { ConfigError, UserError } from '../../../src/errors/errors.ts'
import { answer, type Item } from '../../../src/reply/reply.ts'

export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

export interface Controls {
  /** `renewals slow` waits for this before answering. */
  slow: ReturnType<typeof deferred<void>>
  /** Lines every write command was run with, in order. */
  writes: string[]
}

function command(name: string, writes: boolean, handler: Command['handler']): Command {
  return { name, usage: name, summary: name, examples: [name], writes, handler }
}

export function fakeCommands(controls: Controls): Command[] {
  return [
    command('help', false, () =>
      answer({ title: 'Tickler', text: ['Vendor lookups, renewals, SLA incidents, risk checks.'] }),
    ),
    command('echo', false, (req) => answer({ text: [`You said: ${req.args}`] })),
    command('whoami', false, (req) =>
      answer({ text: [['You are ', { mention: req.user }, ` in ${req.channel} (${req.workspace})`]] }),
    ),
    command('vendor', false, (req) =>
      answer({
        title: `Vendor ${req.args}`,
        fields: [
          { label: 'Tier', value: 'critical' },
          { label: 'Owner', value: [{ mention: 'U0NORTH' }] },
        ],
      }),
    ),
    command('vendors', false, (req) => {
      const count = Number(req.args) || 3
      const items: Item[] = Array.from({ length: count }, (_, i) => ({
        text: `Vendor ${String(i + 1).padStart(3, '0')} — Managed network services contract, critical tier, owner U0NORTH, 3 active contracts`,
      }))
      return answer({ title: `${count} vendors`, sections: [{ items }], footer: ['Total 1,000.00 USD'] })
    }),
    command('renewals', false, async (req) => {
      if (req.args === 'slow') await controls.slow.promise
      return answer({
        title: 'Renewals',
        sections: [
          {
            items: [
              {
                text: 'Acme — Support: notice 2026-12-01, 6 days',
                actions: [{ label: 'Acknowledge', command: 'ack acme-support' }],
              },
            ],
          },
        ],
      })
    }),
    command('sla log', true, async (req, ctx) => {
      controls.writes.push(req.text)
      await ctx.store.transact(
        { who: req.user, at: ctx.clock.now(), action: 'sla log', requestId: req.requestId },
        (tx) => tx.next('incident'),
      )
      return answer({ text: ['Logged INC-0001.'] })
    }),
    command('ack', true, (req) => {
      controls.writes.push(req.text)
      return answer({ text: [['Acknowledged by ', { mention: req.user }, `: ${req.args}`]], private: false })
    }),
    command('crash', false, () => {
      throw new ConfigError('escapes the dispatcher on purpose')
    }),
    command('forbidden', true, () => {
      throw new UserError('Only admins may do that.', 'forbidden', 'forbidden')
    }),
    command('contract add', true, (req) => {
      if (req.args === '') {
        return answer({
          text: ['Some fields are missing.'],
          form: {
            command: 'contract add',
            title: 'Add a contract',
            submitLabel: 'Add',
            fields: [
              { name: 'vendor', label: 'Vendor', type: 'text', required: true },
              { name: 'kind', label: 'Kind', type: 'choice', required: true, options: ['saas', 'support'] },
              { name: 'end', label: 'End date', type: 'date', required: true },
              { name: 'notes', label: 'Notes', type: 'multiline', required: false },
            ],
          },
        })
      }
      controls.writes.push(req.text)
      if (req.args.includes('end 2020-01-01')) {
        return {
          status: 'rejected',
          text: ['The end date is before the start.'],
          fieldErrors: { end: 'must be after the start' },
        }
      }
      return answer({ text: [`Added: ${req.args}`] })
    }),
  ]
}
