// The one place that reads the environment. Every value is validated at start; a bad one stops
// Tickler with a message naming the variable (exit 2).
import { z } from 'zod'
import { ConfigError } from '../errors/errors.ts'
import { CalendarDateSchema } from '../time/calendar-date.ts'
import { isValidTimeZone } from '../time/zone.ts'

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

function parseWeekday(text: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(text.slice(0, 3).toLowerCase())
  return i < 0 ? null : i + 1
}

const csvList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )

/** A set-but-empty secret must not silently switch verification off. */
const optionalSecret = z
  .string()
  .optional()
  .refine((v) => v === undefined || v.trim() !== '', {
    message: 'is set but empty; unset it or give a value',
  })

/** A link shown in the Teams app's details; Teams accepts https only. */
const teamsUrl = z.url({
  protocol: /^https$/,
  message: 'must be an https URL such as https://example.com/privacy',
})

const EnvSchema = z.object({
  DATA_DIR: z.string().min(1).optional(),
  /** SPEC §10: the PostgreSQL store; unset, the JSON files in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^postgres(ql)?:\/\/\S+$/.test(v), {
      message: 'must be a PostgreSQL URL, e.g. postgres://tickler:secret@db.example.com:5432/tickler',
    }),
  TICKLER_TIMEZONE: z
    .string()
    .default('UTC')
    .refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/London' }),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where people reach `serve` (calendar feed and statement links); default http://localhost:PORT. */
  PUBLIC_URL: z.url({ message: 'must be a URL such as https://tickler.example.com' }).optional(),
  SLACK_BOT_TOKEN: optionalSecret,
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret,
  SLACK_API_URL: z
    .url({ message: 'must be a URL ending in /api/' })
    .default('https://slack.com/api/')
    .refine((u) => u.endsWith('/'), { message: 'must end with a slash, e.g. https://slack.com/api/' }),
  SLACK_ALLOWED_TEAMS: csvList,
  TEAMS_ALLOWED_TENANTS: csvList,
  TEAMS_EMULATOR: z
    .enum(['0', '1'], {
      message: 'must be 1 (accept unauthenticated Teams requests from this machine only) or 0',
    })
    .optional()
    .transform((v) => v === '1'),
  // The Teams app package's developer links (Teams requires https); the defaults are placeholders.
  TEAMS_WEBSITE_URL: teamsUrl.default('https://example.com/tickler'),
  TEAMS_PRIVACY_URL: teamsUrl.default('https://example.com/tickler/privacy'),
  TEAMS_TERMS_URL: teamsUrl.default('https://example.com/tickler/terms'),
  // Set but empty would look like "Teams on" to a reader and "Teams off" to the code.
  MicrosoftAppId: optionalSecret,
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  // The other standard botbuilder keys (sovereign clouds, test endpoints), handed to the Bot
  // Framework as given by the Teams adapter.
  ChannelService: z.string().optional(),
  ValidateAuthority: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  ToChannelFromBotLoginUrl: z.string().optional(),
  ToChannelFromBotOAuthScope: z.string().optional(),
  ToBotFromChannelTokenIssuer: z.string().optional(),
  ToBotFromChannelOpenIdMetadataUrl: z.string().optional(),
  ToBotFromEmulatorOpenIdMetadataUrl: z.string().optional(),
  OAuthUrl: z.string().optional(),
  OAuthApiEndpoint: z.string().optional(),
  CallerId: z.string().optional(),
  BotOpenIdMetadata: z.string().optional(),
  REMINDER_STAGES: z
    .string()
    .default('90,60,30,14,7,1')
    .transform((s, ctx) => {
      const stages = s.split(',').map((x) => Number(x.trim()))
      if (stages.length === 0 || stages.some((n) => !Number.isInteger(n) || n < 0 || n > 3650)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be whole days separated by commas, e.g. 90,60,30,14,7,1',
        })
        return z.NEVER
      }
      return [...new Set(stages)].sort((a, b) => b - a)
    }),
  RISK_DIGEST_AT: z
    .string()
    .default('Mon 09:00')
    .transform((s, ctx) => {
      const m = /^([A-Za-z]{3,9})\s+([01]\d|2[0-3]):([0-5]\d)$/.exec(s.trim())
      const day = m ? parseWeekday(m[1]!) : null
      if (!m || day === null) {
        ctx.addIssue({ code: 'custom', message: 'must be a weekday and a time, e.g. "Mon 09:00"' })
        return z.NEVER
      }
      return { weekday: day, time: `${m[2]}:${m[3]}` }
    }),
  BUSINESS_HOURS: z
    .string()
    .default('Mon-Fri 09:00-17:00')
    .transform((s, ctx) => {
      const m =
        /^([A-Za-z]{3})(?:-([A-Za-z]{3}))?\s+((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d)$/.exec(
          s.trim(),
        )
      const from = m ? parseWeekday(m[1]!) : null
      const to = m ? parseWeekday(m[2] ?? m[1]!) : null
      if (!m || from === null || to === null || from > to || m[3]! >= m[4]!) {
        ctx.addIssue({ code: 'custom', message: 'must be days and hours, e.g. "Mon-Fri 09:00-17:00"' })
        return z.NEVER
      }
      const weekdays = Array.from({ length: to - from + 1 }, (_, i) => from + i)
      return { weekdays, opens: m[3]!, closes: m[4]! }
    }),
  HOLIDAYS: csvList.pipe(z.array(CalendarDateSchema)),
  TICKLER_ADMINS: csvList,
  REMINDER_DM: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  ESCALATE_AFTER_DAYS: z.coerce
    .number({ message: 'must be a whole number of days, e.g. 2' })
    .int({ message: 'must be a whole number of days, e.g. 2' })
    .min(1, { message: 'must be 1 day or more' })
    .max(365, { message: 'must be 365 days or fewer' })
    .default(2),
  CSV_MAX_MB: z.coerce.number().positive().max(1024).default(50),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Env = z.infer<typeof EnvSchema>

export interface Config extends Env {
  /** DATA_DIR as given, or the default data/store (the only place demo data may be loaded); unused with DATABASE_URL. */
  dataDir: string
  usesDefaultDataDir: boolean
  slackEnabled: boolean
  socketMode: boolean
  businessCalendar: { weekdays: number[]; opens: string; closes: string; holidays: string[] }
}

export const DEFAULT_DATA_DIR = 'data/store'

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`)
    throw new ConfigError(`Bad configuration:\n  ${lines.join('\n  ')}`)
  }
  const e = parsed.data
  if (Boolean(e.SLACK_BOT_TOKEN) !== Boolean(e.SLACK_SIGNING_SECRET) && !e.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Bad configuration:\n  SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must be set together to turn Slack on',
    )
  }
  if (
    (e.MicrosoftAppType === 'SingleTenant' || e.MicrosoftAppType === 'UserAssignedMSI') &&
    !e.MicrosoftAppTenantId
  ) {
    throw new ConfigError(
      `Bad configuration:\n  MicrosoftAppTenantId must be set when MicrosoftAppType is ${e.MicrosoftAppType}`,
    )
  }
  return {
    ...e,
    dataDir: e.DATA_DIR ?? DEFAULT_DATA_DIR,
    // With DATABASE_URL there is no data folder: demo data never goes into a shared database.
    usesDefaultDataDir: e.DATA_DIR === undefined && e.DATABASE_URL === undefined,
    slackEnabled: Boolean(e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)),
    socketMode: Boolean(e.SLACK_APP_TOKEN),
    businessCalendar: { ...e.BUSINESS_HOURS, holidays: e.HOLIDAYS },
  }
}
