// The answer to a line that is not a command: a read is answered at once (saying which command it
// ran, so people learn the grammar); a write is only proposed, with Confirm (the exact command)
// and Cancel; a guess too close to call offers the two nearest commands; anything else gets an
// honest "I can't help with that" and the way to help.
import type { Context, Request } from '../commands/command.ts'
import { type Action, type Reply, rejected, type Text } from '../reply/reply.ts'
import { BUILDERS } from './builders.ts'
import { CANCEL_COMMAND } from './cancel-command.ts'
import { entitiesOf, type Scene } from './entities.ts'
import { factLine, withFactFirst } from './fact-reply.ts'
import type { Scored } from './model.ts'
import { likelyNames, type Recognition, recognise } from './recognise.ts'

/** Runs an exact command line (no plain-language fallback) as the asker. */
export type RunExact = (text: string) => Promise<Reply>

export function sceneOf(request: Request, context: Context): Scene {
  return {
    view: context.store,
    now: context.clock.now(),
    zone: context.config.TICKLER_TIMEZONE,
    user: request.user,
  }
}

export async function answerInWords(request: Request, context: Context, run: RunExact): Promise<Reply> {
  const scene = sceneOf(request, context)
  const recognition = recognise(request.text, context.commands, scene)
  context.log.debug(
    {
      requestId: request.requestId,
      kind: recognition.kind,
      ranked: recognition.ranked.slice(0, 3).map((s) => [s.command.name, Math.round(s.score * 100) / 100]),
    },
    'plain-language line',
  )
  return replyFor(recognition, request, context, run)
}

/**
 * For a read command (`typed`) whose arguments did not parse: the plain-language answer when the
 * whole line is understood, else undefined (the command's own error).
 */
export async function fallbackInWords(
  request: Request,
  context: Context,
  run: RunExact,
  typed: string,
): Promise<Reply | undefined> {
  const recognition = recognise(request.text, context.commands, sceneOf(request, context))
  if (recognition.kind !== 'command' || recognition.command === request.text) return undefined
  // A word nobody knows ("risk due whenever", a vendor not in the register): the command's own
  // error says exactly what was wrong. So does data that did not parse ("sla report X 2031").
  // A typo of a known word ("risk reveiws due …") is understood, not unknown.
  if ((recognition.strangeWords ?? recognition.unknownWords).length > 0) return undefined
  // Numbers typed are data: the plain reading must carry every one ("over 50k" → over 50000).
  if (recognition.intent.name === typed && !carriesNumbers(request.args, recognition.command))
    return undefined
  return replyFor(recognition, request, context, run)
}

/**
 * Writes people type as a sentence after the command word ("subscribe this channel to incident
 * alerts"): their one argument is a topic the words name. Other writes carry data, and their
 * refusals (a time that did not parse, a permission) are kept as they are.
 */
const SAID_AS_SENTENCE = new Set(['subscribe', 'unsubscribe'])

/**
 * For a write command (`typed`) whose grammar refused the line ("subscribe this channel to incident
 * alerts"): a proposal of that same command in its form when the whole line is understood as it,
 * with the grammar's own complaint kept; else undefined (the command's own error). Nothing is done
 * until the person confirms the exact command (SPEC §4.1: writes are never guessed into action).
 */
export function correctedWrite(
  request: Request,
  context: Context,
  typed: string,
  why: string,
): Reply | undefined {
  if (!SAID_AS_SENTENCE.has(typed)) return undefined
  const recognition = recognise(request.text, context.commands, sceneOf(request, context))
  if (recognition.kind !== 'command' || recognition.intent.name !== typed) return undefined
  if ((recognition.strangeWords ?? recognition.unknownWords).length > 0) return undefined
  if (!carriesNumbers(request.args, recognition.command)) return undefined
  // A sentence after the command word ("subscribe this channel to incident alerts"), not a form
  // typed a little wrong ("unsubscribe everything"): that gets the form's own error.
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length
  if (count(request.args) < count(recognition.command) - count(typed) + 2) return undefined
  return proposal(recognition.command, [`Not in the form of ${typed}: ${why}`, ...recognition.notes])
}

function carriesNumbers(args: string, command: string): boolean {
  return (args.match(/\d+/g) ?? []).every((n) => command.includes(n))
}

export async function replyFor(
  recognition: Recognition,
  request: Request,
  context: Context,
  run: RunExact,
): Promise<Reply> {
  switch (recognition.kind) {
    case 'command': {
      if (recognition.intent.writes) return proposal(recognition.command, recognition.notes)
      const reply = await run(recognition.command)
      const note: Text = ['Understood as ', { code: recognition.command }]
      const fact = recognition.fact ? factLine(recognition.fact, context) : undefined
      return withFactFirst(reply, fact, [note, ...recognition.notes])
    }
    case 'incomplete': {
      const c = recognition.intent
      return rejected(
        `That sounds like ${c.name}, but I need ${recognition.missing}.${unknownNote(recognition)} Nothing was changed.`,
        c.usage,
        c.examples[0],
      )
    }
    case 'unsure':
      return unsure(recognition, request, context)
    case 'unknown':
      return {
        ...rejected(
          "Sorry, I can't help with that. I know about your IT vendors and contracts: vendor lookups, renewals and notice deadlines, SLA incidents and service credits, and vendor risk checks.",
          'help [command]',
          'renewals next 60 days',
        ),
        actions: [{ label: 'Help', command: 'help' }],
      }
  }
}

/** " I don't know "Zontoso"." — often a vendor that is not in the register, or a typo. */
function unknownNote(recognition: Recognition): string {
  // Capitalised words are the likely names; lower-case ones are usually an incident's own words.
  const words = likelyNames(recognition.unknownWords)
    .slice(0, 3)
    .map((w) => `"${w}"`)
  return words.length > 0 ? ` I don't know ${words.join(', ')}.` : ''
}

export function proposal(command: string, notes: string[]): Reply {
  return {
    status: 'ok',
    title: 'Please confirm',
    text: [
      ['I understood: ', { code: command }],
      ...notes,
      'Nothing has been changed yet. Confirm to do it, or run that exact command yourself.',
    ],
    actions: [
      { label: 'Confirm', command, style: 'primary' },
      { label: 'Cancel', command: CANCEL_COMMAND },
    ],
    confirm: command,
  }
}

/** A button for one of the nearest intents: the read itself when complete, else its help. */
function nearestAction(scored: Scored, request: Request, context: Context): Action {
  const c = scored.command
  if (!c.writes) {
    const built = BUILDERS[c.name]?.(entitiesOf(request.text, sceneOf(request, context)))
    if (built && 'command' in built) return { label: built.command, command: built.command }
  }
  return { label: `help ${c.name}`, command: `help ${c.name}` }
}

/** A read's refusal with buttons for the two commands nearest the line (SPEC §4.1). */
export function withNearestCommands(reply: Reply, request: Request, context: Context): Reply {
  if (reply.actions && reply.actions.length > 0) return reply
  const ranked = recognise(request.text, context.commands, sceneOf(request, context)).ranked.slice(0, 2)
  const actions = ranked.map((s) => nearestAction(s, request, context))
  return { ...reply, actions: actions.length > 0 ? actions : [{ label: 'Help', command: 'help' }] }
}

function unsure(recognition: Recognition, request: Request, context: Context): Reply {
  const nearest = recognition.ranked.slice(0, 2)
  const actions = nearest.map((s) => nearestAction(s, request, context))
  const example = nearest[0]?.command.examples[0] ?? 'renewals next 60 days'
  const text: Text[] = [`I'm not sure what you mean.${unknownNote(recognition)}`]
  if (nearest.length > 0) text.push(`Did you mean ${nearest.map((s) => s.command.name).join(' or ')}?`)
  text.push(['Example: ', { code: example }], ['Type ', { code: 'help' }, ' to see everything I can do.'])
  return {
    status: 'rejected',
    text,
    actions: actions.length > 0 ? actions : [{ label: 'Help', command: 'help' }],
  }
}
