// For tests that do not look at logs: nothing reaches stderr, so test output stays readable.
import { type Logger, pino } from 'pino'

export const silentLogger: Logger = pino({ level: 'silent' })
