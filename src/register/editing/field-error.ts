// A register field that is missing or wrong. It becomes a rejection that names the field and shows
// the command's grammar, and carries fieldErrors, so a submitted modal or card can show the message
// on the field itself (the terminal needs no more than the text, which names each field).
import { FieldError } from '../../parse/fields.ts'
import { type Reply, rejected } from '../../reply/reply.ts'

export class RegisterFieldError extends Error {
  constructor(
    /** The column name (SPEC §7) the form field is keyed by: 'end_date', 'annual_value'. */
    readonly field: string,
    message: string,
    /** Every bad field with its message when there are several (a form submitted with two wrong). */
    readonly all: Record<string, string> = { [field]: message },
  ) {
    super(message)
    this.name = 'RegisterFieldError'
  }
}

/** Collects the errors of independent fields, so a form shows every wrong field at once. */
export class FieldErrors {
  private readonly errors = new Map<string, string>()

  attempt(fn: () => void): void {
    try {
      fn()
    } catch (error) {
      if (!(error instanceof RegisterFieldError)) throw error
      for (const [field, message] of Object.entries(error.all)) {
        if (!this.errors.has(field)) this.errors.set(field, message)
      }
    }
  }

  throwIfAny(): void {
    const first = [...this.errors][0]
    if (first) throw new RegisterFieldError(first[0], first[1], Object.fromEntries(this.errors))
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

export function fieldRejection(error: RegisterFieldError, usage: { form: string; example: string }): Reply {
  const bad = Object.entries(error.all)
    .map(([field, message]) => `Bad ${field}: ${message}.`)
    .join(' ')
  return {
    ...rejected(`${bad} Nothing was changed.`, usage.form, usage.example),
    fieldErrors: { ...error.all },
  }
}
