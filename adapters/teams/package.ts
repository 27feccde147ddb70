// `npm run teams:package`: writes dist/teams-app.zip for sideloading into Teams. The bot id comes
// from MicrosoftAppId (the environment or .env); without it there is nothing to package (exit 2).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseEnv } from 'node:util'
import { allCommands } from '../../src/app/command-table.ts'
import { loadConfig } from '../../src/config/config.ts'
import { ConfigError } from '../../src/errors/errors.ts'
import { buildAppPackage } from './app-package.ts'

const env: Record<string, string | undefined> = { ...process.env }
if (existsSync('.env')) {
  for (const [key, value] of Object.entries(parseEnv(readFileSync('.env', 'utf8')))) env[key] ??= value
}
try {
  const config = loadConfig(env)
  const zip = buildAppPackage(config.MicrosoftAppId, allCommands)
  mkdirSync('dist', { recursive: true })
  const out = resolve(join('dist', 'teams-app.zip'))
  writeFileSync(out, zip)
  process.stdout.write(`wrote ${out} (${zip.length} bytes)\n`)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exitCode = 2
}
