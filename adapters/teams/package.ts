// `npm run teams:package`: writes dist/teams-app.zip for sideloading into Teams. The bot id comes
// from MicrosoftAppId (the environment or .env); without it there is nothing to package (exit 2).
// The manifest's version is package.json's (Teams refuses an update with an unchanged version) and
// its developer links are TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL and TEAMS_TERMS_URL.
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
  const zip = buildAppPackage(config.MicrosoftAppId, allCommands, {
    version: packageVersion(),
    developer: {
      websiteUrl: config.TEAMS_WEBSITE_URL,
      privacyUrl: config.TEAMS_PRIVACY_URL,
      termsOfUseUrl: config.TEAMS_TERMS_URL,
    },
  })
  mkdirSync('dist', { recursive: true })
  const out = resolve(join('dist', 'teams-app.zip'))
  writeFileSync(out, zip)
  process.stdout.write(`wrote ${out} (${zip.length} bytes)\n`)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exitCode = 2
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  if (typeof pkg.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(pkg.version)) {
    throw new ConfigError(
      `package.json's version must be like 1.2.3 for the Teams manifest; got "${pkg.version}"`,
    )
  }
  return pkg.version
}
