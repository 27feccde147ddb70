// The sideloadable Teams app package: manifest.json plus the two icons (committed PNGs, 192x192
// colour and 32x32 outline, as Teams requires), zipped with fflate.
import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import type { Command } from '../../src/commands/command.ts'
import { ConfigError } from '../../src/errors/errors.ts'
import { buildManifest, type DeveloperLinks, GUID } from './manifest.ts'

export interface PackageDetails {
  /** The manifest version: package.json's, so each release uploads as an update. */
  version?: string
  developer?: DeveloperLinks
}

export function buildAppPackage(
  botId: string | undefined,
  commands: readonly Command[],
  details: PackageDetails = {},
): Uint8Array {
  if (!botId) {
    throw new ConfigError(
      "MicrosoftAppId is not set: the app package needs the bot's Microsoft App ID (from the Azure Bot registration)",
    )
  }
  if (!GUID.test(botId)) {
    throw new ConfigError(`MicrosoftAppId must be the bot's Microsoft App ID, a GUID; got "${botId}"`)
  }
  const manifest = buildManifest({ botId, commands, ...details })
  return zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': icon('color.png'),
    'outline.png': icon('outline.png'),
  })
}

function icon(name: string): Uint8Array {
  return readFileSync(new URL(`./icons/${name}`, import.meta.url))
}
