// Structured JSON logs on stderr (pino). Secrets are redacted by key wherever they appear.
import { type Logger, pino } from 'pino'

const REDACT = [
  '*.token',
  '*.secret',
  '*.password',
  '*.authorization',
  '*.SLACK_BOT_TOKEN',
  '*.SLACK_SIGNING_SECRET',
  '*.SLACK_APP_TOKEN',
  '*.MicrosoftAppPassword',
  'headers.authorization',
  'req.headers.authorization',
]

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'tickler' } },
    destination,
  )
}
