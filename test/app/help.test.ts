import { describe, expect, it } from 'vitest'
import { coreCommands } from '../../src/app/core-commands.ts'
import type { Command } from '../../src/commands/command.ts'
import { answer } from '../../src/reply/reply.ts'
import { lines, makeContext, run, runCommand } from '../contracts/register-fixture.ts'

const hidden: Command = {
  name: 'ack',
  usage: 'ack <id>',
  summary: 'button only',
  examples: ['ack 1'],
  writes: true,
  hidden: true,
  handler: () => answer({}),
}
const slaLog: Command = {
  name: 'sla log',
  usage: 'sla log <vendor> <P1-P4> <summary>',
  summary: 'Log an incident',
  examples: ['sla log Contoso P1 mail down'],
  writes: true,
  phrasings: ['contoso email is down'],
  handler: () => answer({}),
}

describe('help', async () => {
  const context = {
    ...(await makeContext('2027-01-15T09:00:00Z', [], [])),
    commands: [...coreCommands, slaLog, hidden],
  }

  it('starts with what Tickler does, then every visible command with its form and an example', async () => {
    const out = lines(await run(context, 'help'))
    expect(out[0]).toMatch(/^Tickler .*vendor lookups, renewals.*SLA incidents.*risk checks/)
    const items = out.filter((l) => l.startsWith('- '))
    expect(items.map((l) => l.split(' — ')[0])).toEqual([
      '- help [command]',
      '- vendor <name>',
      '- vendors [tier <t>] [owner <user>]',
      '- renewals [window] [filters]',
      '- renewals chart [window] [filters]',
      '- agenda',
      '- sla log <vendor> <P1-P4> <summary>',
    ])
    for (const item of items) expect(item).toContain('Example: ')
  })

  it('details one command, or a family of commands', async () => {
    const out = lines(await run(context, 'help sla log'))
    expect(out).toEqual([
      'Help: sla log',
      'Log an incident',
      'Form: sla log <vendor> <P1-P4> <summary>',
      'Example: sla log Contoso P1 mail down',
      'You can also say: "contoso email is down"',
      'This command changes the register; a change is recorded with who made it and when.',
    ])
    expect(lines(await run(context, 'help sla'))).toHaveLength(2)
    expect(lines(await run(context, 'help renewals'))[2]).toBe('Form: renewals [window] [filters]')
  })

  it('rejects an unknown topic and lists the commands', async () => {
    const reply = await runCommand(context, 'help', 'frobnicate')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe(
      'There is no command "frobnicate". Commands: help, vendor, vendors, renewals, agenda, sla.',
    )
  })
})
