// The single entry point from every surface: clean text in, Reply out. Errors are turned into
// replies here and nowhere else.
import type { Context, Request } from '../commands/command.ts'
import type { Registry } from '../commands/registry.ts'
import { controlCharacterMessage, findControlCharacter } from '../domain/text.ts'
import {
  ConfigError,
  DuplicateRequestError,
  PickListError,
  StoreWriteError,
  UserError,
} from '../errors/errors.ts'
import { answerInWords, correctedWrite, fallbackInWords, withNearestCommands } from '../language/respond.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { answer, plain, type Reply, rejected } from '../reply/reply.ts'
import { ValidationError } from '../store/state.ts'

export const MAX_COMMAND_LENGTH = 4000

export type Inbound = Omit<Request, 'args'>

export async function dispatch(registry: Registry, inbound: Inbound, context: Context): Promise<Reply> {
  const text = inbound.text.replace(/^\//, '').trim()
  if (text.length > MAX_COMMAND_LENGTH) {
    return rejected(
      `That message is ${text.length} characters long; commands are limited to ${MAX_COMMAND_LENGTH}.`,
      'help',
      'renewals 90 days',
    )
  }
  if (text === '') return rejected('Nothing to do: the message was empty.', 'help [command]', 'help renewals')

  let matched = registry.match(text)
  // A write's own grammar names the field a control character is in; any other line has no use
  // for one, and the plain-language layer must not echo or act on it (SPEC §6.2).
  const control = findControlCharacter(text, true)
  if (control && !matched?.command.writes) {
    return rejected(
      `The message ${controlCharacterMessage(control, true)}.`,
      matched?.command.usage ?? 'help [command]',
      matched?.command.examples[0] ?? 'help',
    )
  }
  if (!matched) {
    // Writes are parsed by their own grammar only, so courtesy words are dropped for reads alone.
    const courteous = stripCourtesy(text)
    const candidate = courteous !== text ? registry.match(courteous) : undefined
    if (candidate && !candidate.command.writes) matched = candidate
  }
  // Not a command: the plain-language layer (src/language) answers reads and proposes writes.
  if (!matched) {
    const request: Request = { ...inbound, text, args: '' }
    return answerInWords(request, context, (line) => runExact(registry, request, line, context))
  }

  const request: Request = { ...inbound, text, args: matched.args.trim() }
  try {
    return await matched.command.handler(request, context)
  } catch (error) {
    // A read whose arguments did not parse ("renewals coming up soon") may be plain language.
    if (error instanceof UserError && !(error instanceof PickListError) && !matched.command.writes) {
      const words = await fallbackInWords(
        request,
        context,
        (line) => runExact(registry, request, line, context),
        matched.command.name,
      )
      // Not understood either: the command's own error, with the nearest commands to press.
      return words ?? withNearestCommands(errorReply(error, request, context), request, context)
    }
    // A write's line that its grammar refused may still be proposed in its form, never run.
    if (error instanceof UserError && !(error instanceof PickListError)) {
      const name = matched.command.name
      const proposed = correctedWrite(request, context, name, plain(error.text))
      if (proposed) return proposed
    }
    return errorReply(error, request, context)
  }
}

/** Runs an exact command line as the same asker, with no plain-language fallback. */
async function runExact(registry: Registry, asker: Request, line: string, context: Context): Promise<Reply> {
  const matched = registry.match(line)
  if (!matched) return unknownCommand(registry, line)
  const request: Request = { ...asker, text: line, args: matched.args.trim() }
  try {
    return await matched.command.handler(request, context)
  } catch (error) {
    return errorReply(error, request, context)
  }
}

export function errorReply(error: unknown, request: Request, context: Context): Reply {
  if (error instanceof PickListError) return error.reply
  if (error instanceof UserError) return rejected(error.text, error.form, error.example)
  if (error instanceof StoreWriteError) {
    context.log.error({ requestId: request.requestId, err: error }, 'change not saved')
    // The store's message already starts "Nothing was saved: <why>."; say the reason once.
    const reason = error.message.replace(/^Nothing was saved:\s*/, '').replace(/\.\s*$/, '')
    return rejected(`Not saved: ${reason}. Nothing was changed; please try again later.`)
  }
  if (error instanceof DuplicateRequestError) {
    // A redelivery that raced its first delivery, which did the work: say so, change nothing.
    context.log.info({ requestId: request.requestId, key: error.key }, 'repeated delivery not run again')
    return answer({ text: ['This request was already carried out; the repeat changed nothing.'] })
  }
  if (error instanceof ValidationError) {
    // A command let through a value its record's schema refuses: still the user's input, so say
    // what was wrong; logged because the command should have said so with its form.
    context.log.warn({ requestId: request.requestId, err: error }, 'value refused by the store')
    return rejected(`Not saved: the ${error.field} ${error.detail}. Nothing was changed.`)
  }
  if (error instanceof ConfigError) throw error
  context.log.error({ requestId: request.requestId, err: error }, 'command failed')
  return rejected(
    `Sorry, something went wrong on my side (request ${request.requestId}). Nothing was changed.`,
  )
}

function unknownCommand(registry: Registry, text: string): Reply {
  const first = text.split(/\s+/)[0]!.toLowerCase()
  const near = registry.visible().find((c) => c.name.startsWith(first.slice(0, 3)))
  const hint = near ? `Did you mean ${near.usage}?` : 'Type help to see what I can do.'
  return rejected(
    `I don't know the command "${first}". ${hint}`,
    near?.usage ?? 'help [command]',
    near?.examples[0] ?? 'help',
  )
}
