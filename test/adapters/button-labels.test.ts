// Pick-list buttons never clip to the same label: two contracts whose titles share a prefix longer
// than a button's limit get labels that stay different on Slack (75 characters) and Teams.
import { describe, expect, it } from 'vitest'
import { distinctLabels } from '../../adapters/button-labels.ts'
import { renderMessages } from '../../adapters/slack/block-kit.ts'
import { LIMITS } from '../../adapters/slack/limits.ts'
import { renderReply, TEAMS_BUTTON_TITLE } from '../../adapters/teams/card.ts'
import { allCommands } from '../../src/app/command-table.ts'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { seed } from '../support/context.ts'
import { contract, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { silentLogger } from '../support/silent-logger.ts'

const PREFIX = 'Enterprise Support and Maintenance Agreement for the Global Data Platform'

async function pickReply() {
  const store = new MemoryStore()
  await seed(
    store,
    {
      vendors: [vendor('v1', 'Acme Corp')],
      contracts: [
        contract({ id: 'c1', title: `${PREFIX} (EMEA)`, endDate: '2027-06-30' }),
        contract({ id: 'c2', title: `${PREFIX} (APAC)`, endDate: '2027-08-31' }),
      ],
    },
    '2027-01-01T00:00:00Z',
  )
  const tickler = await openTickler({
    config: loadConfig({}),
    clock: fixedClock('2027-01-15T09:00:00Z'),
    log: silentLogger,
    store,
    commands: allCommands,
  })
  const reply = await tickler.run({
    text: 'contract end Acme Corp',
    user: 'U1',
    platform: 'slack',
    workspace: 'T1',
    channel: 'slack:T1:C1',
    asAdmin: true,
  })
  await tickler.close()
  return reply
}

describe('pick-list button labels', () => {
  it('stay distinct on Slack and Teams when the titles share a long prefix', async () => {
    const reply = await pickReply()
    const items = reply.sections?.[0]?.items ?? []
    expect(items).toHaveLength(2)
    // Cut at the end, the two labels would be the same: the case under test.
    const [a, b] = items.map((i) => i.actions![0]!.label)
    expect(a!.slice(0, LIMITS.buttonText - 1)).toBe(b!.slice(0, LIMITS.buttonText - 1))

    const slack = renderMessages(reply)
      .flatMap((m) => m.blocks)
      .flatMap((block) => {
        const b = block as { accessory?: { text: { text: string } } }
        return b.accessory ? [b.accessory.text.text] : []
      })
    expect(slack).toHaveLength(2)
    expect(new Set(slack).size).toBe(2)
    for (const label of slack) expect(label.length).toBeLessThanOrEqual(LIMITS.buttonText)
    expect(slack.map((l) => l.slice(-6))).toEqual(['(EMEA)', '(APAC)'])

    const teams = JSON.stringify(renderReply(reply))
    const titles = [...teams.matchAll(/"type":"Action.Submit","title":"([^"]*)"/g)].map((m) => m[1]!)
    expect(titles).toHaveLength(2)
    expect(new Set(titles).size).toBe(2)
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(TEAMS_BUTTON_TITLE)
  })

  it('numbers labels that still clash, and leaves short or identical labels alone', () => {
    const long = 'x'.repeat(30)
    expect(distinctLabels([`${long}a${long}`, `${long}b${long}`], 20)).toEqual([
      `1. ${'x'.repeat(7)}…${'x'.repeat(9)}`,
      `2. ${'x'.repeat(7)}…${'x'.repeat(9)}`,
    ])
    expect(distinctLabels(['Acme', 'Acme', 'Beta'], 20)).toEqual(['Acme', 'Acme', 'Beta'])
  })
})
