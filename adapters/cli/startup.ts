// Everything a subcommand needs before it can run: `.env`, configuration, logger, clock (`--now`)
// and an open Tickler. Anything that stops Tickler from starting is a StartupError: exit 2 with a
// message naming the variable, or the store file, record and field.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnv } from 'node:util'
import type { Logger } from 'pino'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { type Config, loadConfig } from '../../src/config/config.ts'
import { ConfigError, StoreLoadError } from '../../src/errors/errors.ts'
import { createLogger } from '../../src/log/logger.ts'
import { type Clock, fixedClock, systemClock } from '../../src/time/clock.ts'
import { parseNowFlag } from '../../src/time/zone.ts'
import type { CliIo } from './io.ts'

/** Tickler could not start: the CLI prints the message and exits 2. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}

export interface Started {
  config: Config
  log: Logger
  clock: Clock
}

/** Reads `.env` (variables already set win), validates the configuration, makes logger and clock. */
export function prepare(io: CliIo, now: string | undefined): Started {
  const envFile = join(io.cwd, '.env')
  if (existsSync(envFile)) {
    let parsed: Record<string, string>
    try {
      parsed = parseEnv(readFileSync(envFile, 'utf8')) as Record<string, string>
    } catch (error) {
      throw new StartupError(`cannot read ${envFile}: ${(error as Error).message}`)
    }
    for (const [key, value] of Object.entries(parsed)) if (io.env[key] === undefined) io.env[key] = value
  }
  let config: Config
  try {
    config = loadConfig(io.env)
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message)
    throw error
  }
  const log = createLogger(config.LOG_LEVEL, io.stderr)
  let clock = systemClock
  if (now !== undefined) {
    try {
      clock = fixedClock(parseNowFlag(now, config.TICKLER_TIMEZONE))
    } catch (error) {
      throw new StartupError((error as Error).message)
    }
  }
  return { config, log, clock }
}

/** Opens Tickler on the configured store; a damaged store is a StartupError naming what is wrong. */
export async function open(started: Started): Promise<Tickler> {
  try {
    return await openTickler(started)
  } catch (error) {
    throw startupFailure(started.config, error)
  }
}

/** A store that cannot be opened, or bad configuration, as the StartupError the CLI prints (exit 2). */
export function startupFailure(config: Config, error: unknown): unknown {
  if (error instanceof StoreLoadError) {
    if (config.DATABASE_URL) {
      return new StartupError(`${error.message}. Nothing was changed.`)
    }
    const where = [
      error.message.includes(error.file) ? '' : `file ${error.file}`,
      error.record && !error.message.includes(error.record) ? `record ${error.record}` : '',
      error.field && !error.message.includes(error.field) ? `field ${error.field}` : '',
    ]
      .filter(Boolean)
      .join(', ')
    return new StartupError(
      `the store in ${config.dataDir} is damaged: ${error.message}${where ? ` (${where})` : ''}. ` +
        'Nothing was changed; restore the file from a backup or fix it by hand.',
    )
  }
  if (error instanceof ConfigError) return new StartupError(error.message)
  return error
}
