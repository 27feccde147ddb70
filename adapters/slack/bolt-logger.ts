// Bolt logs through our pino logger (JSON on stderr, secrets redacted) instead of the console.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt'
import type { Logger } from 'pino'

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' })
  let level = LogLevel.INFO
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(' ')),
    setLevel: (next: LogLevel) => {
      level = next
    },
    getLevel: () => level,
    setName: () => {},
  }
}
