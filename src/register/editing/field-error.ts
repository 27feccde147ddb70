// A register field that is missing or wrong. It becomes a rejection that names the field and shows
// the command's form; on Slack and Teams it also carries fieldErrors, so a submitted modal or card
// shows the message on the field itself.
import type { Request } from '../../commands/command.ts'
import { type Reply, rejected } from '../../reply/reply.ts'
import { FieldError } from '../fields.ts'

export class RegisterFieldError extends Error {
  constructor(
    /** The column name (SPEC §7) the form field is keyed by: 'end_date', 'annual_value'. */
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'RegisterFieldError'
  }
}

/** Runs a value parser; its FieldError becomes a RegisterFieldError naming `field`. */
export function parseField<T>(field: string, text: string, parse: (text: string) => T): T {
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof FieldError) throw new RegisterFieldError(field, error.message)
    throw error
  }
}

export function fieldRejection(
  error: RegisterFieldError,
  request: Request,
  usage: { form: string; example: string },
): Reply {
  const reply = rejected(
    `Bad ${error.field}: ${error.message}. Nothing was changed.`,
    usage.form,
    usage.example,
  )
  // The terminal has no fields to mark: the message already names the field.
  if (request.platform !== 'terminal') reply.fieldErrors = { [error.field]: error.message }
  return reply
}
