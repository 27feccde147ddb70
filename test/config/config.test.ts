import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/config.ts'
import { ConfigError } from '../../src/errors/errors.ts'

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({})
    expect(c.TICKLER_TIMEZONE).toBe('UTC')
    expect(c.PORT).toBe(3000)
    expect(c.REMINDER_STAGES).toEqual([90, 60, 30, 14, 7, 1])
    expect(c.RISK_DIGEST_AT).toEqual({ weekday: 1, time: '09:00' })
    expect(c.businessCalendar).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      opens: '09:00',
      closes: '17:00',
      holidays: [],
    })
    expect(c.dataDir).toBe('data/store')
    expect(c.usesDefaultDataDir).toBe(true)
    expect(c.slackEnabled).toBe(false)
    expect(c.SLACK_API_URL).toBe('https://slack.com/api/')
  })

  it('takes DATABASE_URL as a PostgreSQL URL, and then has no default data folder for demo data', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://tickler:secret@db.example.com:5432/tickler' })
    expect(c.DATABASE_URL).toBe('postgres://tickler:secret@db.example.com:5432/tickler')
    expect(c.usesDefaultDataDir).toBe(false)
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/tickler' }).DATABASE_URL).toBe(
      'postgresql://db/tickler',
    )
    for (const bad of ['', 'mysql://db/tickler', 'db.example.com']) {
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).toThrow(
        /DATABASE_URL must be a PostgreSQL URL, e\.g\. postgres:\/\//,
      )
    }
  })

  it('parses the structured values', () => {
    const c = loadConfig({
      DATA_DIR: '/tmp/x',
      TICKLER_TIMEZONE: 'Europe/London',
      REMINDER_STAGES: '7, 30,1',
      RISK_DIGEST_AT: 'Friday 16:30',
      BUSINESS_HOURS: 'Mon-Sat 08:00-18:30',
      HOLIDAYS: '2026-12-25,2026-12-26',
      SLACK_ALLOWED_TEAMS: 'T1, T2',
    })
    expect(c.REMINDER_STAGES).toEqual([30, 7, 1])
    expect(c.RISK_DIGEST_AT).toEqual({ weekday: 5, time: '16:30' })
    expect(c.businessCalendar).toEqual({
      weekdays: [1, 2, 3, 4, 5, 6],
      opens: '08:00',
      closes: '18:30',
      holidays: ['2026-12-25', '2026-12-26'],
    })
    expect(c.SLACK_ALLOWED_TEAMS).toEqual(['T1', 'T2'])
    expect(c.usesDefaultDataDir).toBe(false)
  })

  it.each([
    [{ TICKLER_TIMEZONE: 'Mars/Olympus' }, 'TICKLER_TIMEZONE'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ REMINDER_STAGES: '90,sixty' }, 'REMINDER_STAGES'],
    [{ RISK_DIGEST_AT: 'Someday 9' }, 'RISK_DIGEST_AT'],
    [{ BUSINESS_HOURS: 'Mon-Fri 17:00-09:00' }, 'BUSINESS_HOURS'],
    [{ HOLIDAYS: '2026-02-30' }, 'HOLIDAYS'],
    [{ SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ CSV_MAX_MB: '0' }, 'CSV_MAX_MB'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_API_URL: 'http://127.0.0.1:9/api' }, 'SLACK_API_URL'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(variable)
  })
})
