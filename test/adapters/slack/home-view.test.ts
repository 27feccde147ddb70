// The App Home view: one view of at most 100 blocks, however long the Home; rows left out are
// counted in a note above the Home's commands that list them all; a pressed button's outcome on top.
import { describe, expect, it } from 'vitest'
import { HomeViewSchema } from '../../../adapters/slack/blocks.ts'
import { HOME_BLOCKS, renderHome } from '../../../adapters/slack/home-view.ts'
import { answer, type Item, type Reply } from '../../../src/reply/reply.ts'

function rows(n: number, prefix: string, buttons: number): Item[] {
  return Array.from({ length: n }, (_, i) => ({
    text: `${prefix} ${i + 1}`,
    actions: Array.from({ length: buttons }, (_, b) => ({
      label: `B${b}`,
      command: `cmd ${prefix} ${i} ${b}`,
    })),
  }))
}

function home(deadlines: number, checks: number): Reply {
  return answer({
    title: 'Tickler home: 2026-11-25',
    text: ['For you.'],
    sections: [
      { heading: 'Deadlines', items: rows(deadlines, 'Deadline', 5), empty: 'No deadline.' },
      { heading: 'Checks', items: rows(checks, 'Check', 1), empty: 'No check.' },
      { heading: 'Incidents', items: [], empty: 'No open incident.' },
    ],
    footer: ['All of them: renewals 90 days · risk due · sla open'],
  })
}

const json = (value: unknown) => JSON.stringify(value)
const shownRows = (blocks: unknown[]) => blocks.filter((b) => /"text":"• /.test(json(b))).length

describe('renderHome', () => {
  it('keeps a short Home whole', () => {
    const view = renderHome(home(3, 2))
    expect(HomeViewSchema.parse(view)).toEqual(view)
    expect(shownRows(view.blocks)).toBe(5)
    expect(json(view)).not.toContain('not shown here')
    expect(json(view)).toContain('No open incident.')
  })

  it.each([
    { deadlines: 300, checks: 40 },
    { deadlines: 10, checks: 400 },
    { deadlines: 49, checks: 0 },
  ])(
    'caps $deadlines deadlines and $checks checks at 100 blocks and counts the rest',
    ({ deadlines, checks }) => {
      const view = renderHome(home(deadlines, checks))
      expect(HomeViewSchema.parse(view)).toEqual(view)
      expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCKS)
      expect(view.blocks.length).toBeGreaterThan(HOME_BLOCKS - 3)
      const shown = shownRows(view.blocks)
      const left = deadlines + checks - shown
      expect(left).toBeGreaterThan(0)
      expect(json(view)).toContain(`… and ${left} more not shown here (the Home tab holds 100 blocks).`)
      // The commands that list every row close the view.
      expect(json(view.blocks.at(-1))).toContain('All of them: renewals 90 days')
    },
  )

  it('puts the outcome of a pressed button on top and still stays within 100 blocks', () => {
    const outcome = answer({ text: ['Acknowledged by you: Contoso Office 365.'] })
    const view = renderHome(home(300, 0), outcome)
    expect(json(view.blocks[0])).toContain('Acknowledged by you: Contoso Office 365.')
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCKS)
  })
})
