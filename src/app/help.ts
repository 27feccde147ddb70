// `help [command]`: generated from the command declarations, so it is never out of date.
import type { Command } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { answer, type Inline, type Item, type Reply, type Text } from '../reply/reply.ts'

export const WHAT_TICKLER_DOES =
  'Tickler keeps your IT vendors and contracts in view: vendor lookups, renewals and notice deadlines, SLA incidents and service credits, and vendor risk checks. Ask in your own words or use a command below.'

function line(c: Command): Item {
  const text: Inline[] = [{ code: c.usage }, ` — ${c.summary.replace(/\.$/, '')}`]
  if (c.examples[0]) text.push('. Example: ', { code: c.examples[0] })
  return { text }
}

export const helpCommand: Command = {
  name: 'help',
  usage: 'help [command]',
  summary: 'What Tickler can do, or the details of one command',
  examples: ['help', 'help renewals'],
  writes: false,
  phrasings: ['what can you do', 'how do I use this', 'commands'],
  handler(request, context) {
    const visible = context.commands.filter((c) => !c.hidden)
    const topic = stripCourtesy(request.args).toLowerCase().replace(/\s+/g, ' ')
    if (topic === '') {
      // No title: the first line of the answer says what Tickler does (SPEC §4.1).
      return answer({
        text: [WHAT_TICKLER_DOES, 'Type help <command> for details.'],
        sections: [{ items: visible.map(line) }],
      })
    }
    const exact = visible.find((c) => c.name === topic)
    if (exact) return details(exact)
    // "help sla" lists every sla command.
    const family = visible.filter((c) => c.name.startsWith(`${topic} `) || c.name.split(' ')[0] === topic)
    if (family.length > 0) {
      return answer({ title: `Help: ${topic}`, sections: [{ items: family.map(line) }] })
    }
    throw new UserError(
      `There is no command "${request.args.trim()}". Commands: ${[...new Set(visible.map((c) => c.name.split(' ')[0]))].join(', ')}.`,
      'help [command]',
      'help renewals',
    )
  },
}

function details(c: Command): Reply {
  const text: Text[] = [c.summary, ['Form: ', { code: c.usage }]]
  for (const e of c.examples) text.push(['Example: ', { code: e }])
  if (c.phrasings && c.phrasings.length > 0)
    text.push(`You can also say: ${c.phrasings.map((p) => `"${p}"`).join(', ')}`)
  if (c.writes)
    text.push('This command changes the register; a change is recorded with who made it and when.')
  return answer({ title: `Help: ${c.name}`, text })
}
