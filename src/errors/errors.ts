// Errors with codes, one place that turns them into replies (app/dispatch.ts).
import { plain, type Reply, type Text } from '../reply/reply.ts'

/** Bad input from a user: the message says what was wrong; `form` and `example` show the right way. */
export class UserError extends Error {
  /** The message as the reply shows it: mentions in it ping on chat surfaces; `message` is plain. */
  readonly text: Text

  constructor(
    message: Text,
    readonly form?: string,
    readonly example?: string,
  ) {
    super(plain(message))
    this.name = 'UserError'
    this.text = message
  }
}

/** A store file failed validation at load: Tickler must not start (exit 2). */
export class StoreLoadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly record?: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'StoreLoadError'
  }
}

/** A change could not be made durable (disk full, read-only, lock held): nothing was saved. */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message)
    this.name = 'StoreWriteError'
  }
}

/** Bad configuration: names the variable; Tickler exits 2. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/**
 * The input names several things (vendors, contracts) and a choice is needed: the reply is a pick
 * list whose buttons carry the full command. It is an answer (status 'ok', exit 0), and because it
 * is thrown before any transaction, a write that gets one stores nothing.
 */
export class PickListError extends UserError {
  constructor(readonly reply: Reply) {
    super(typeof reply.title === 'string' ? reply.title : 'Several matches; pick one.')
    this.name = 'PickListError'
  }
}

/**
 * A platform redelivered a request whose change another process (or an earlier attempt) already
 * committed: found inside the write's own transaction, so nothing was changed a second time.
 */
export class DuplicateRequestError extends Error {
  constructor(readonly key: string) {
    super(`request ${key} was already carried out`)
    this.name = 'DuplicateRequestError'
  }
}
