// botbuilder reports refused tokens with console.error (a stack trace, and the channel's public
// key in PEM) and takes no logger for it, so the only way to keep stderr JSON is to catch its
// console output. This is done narrowly: console methods are wrapped, but only calls made inside a
// botbuilder call started by bot-framework.ts (tracked with AsyncLocalStorage, so a concurrent
// request or anything else in the process is untouched) go to pino; the rest pass through as before.
import { AsyncLocalStorage } from 'node:async_hooks'
import { inspect } from 'node:util'
import type { Logger } from 'pino'

type Method = 'error' | 'warn' | 'info' | 'log' | 'debug' | 'trace'
const METHODS: readonly Method[] = ['error', 'warn', 'info', 'log', 'debug', 'trace']

interface Capture {
  log: Logger
  /** pino level for what the SDK printed: debug while authenticating (the refusal is logged by the route). */
  level: 'debug' | 'warn'
}

const active = new AsyncLocalStorage<Capture>()
const WRAPPED = Symbol('tickler.sdkConsole')

/** Runs `fn` with the SDK's console output routed to `log`. */
export function withSdkConsole<T>(log: Logger, level: Capture['level'], fn: () => Promise<T>): Promise<T> {
  wrapConsole()
  return active.run({ log, level }, fn)
}

/** Key material and tokens never reach the log: PEM blocks, and long base64 runs (keys, JWTs). */
export function redact(text: string): string {
  return text
    .replace(/-----BEGIN [^-]+-----[\s\S]*?-----END [^-]+-----/g, '[key redacted]')
    .replace(/[A-Za-z0-9+/_=-]{40,}/g, '[redacted]')
}

// Re-checked on every call: a test framework may have restored console since the last one.
function wrapConsole(): void {
  for (const method of METHODS) {
    const current = console[method] as ((...args: unknown[]) => void) & { [WRAPPED]?: true }
    if (current[WRAPPED]) continue
    const wrapper = Object.assign(
      (...args: unknown[]) => {
        const capture = active.getStore()
        if (!capture) return current.apply(console, args)
        const text = redact(args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' '))
        capture.log[capture.level]({ component: 'botbuilder' }, text)
      },
      { [WRAPPED]: true as const },
    )
    console[method] = wrapper
  }
}

/** An error as its name and message only: the stack adds nothing a reader of our log can act on. */
function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`
  return inspect(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY })
}
