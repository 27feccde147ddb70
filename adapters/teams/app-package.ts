// The sideloadable Teams app package: manifest.json plus the two icons, zipped with fflate.
import { strToU8, zipSync } from 'fflate'
import type { Command } from '../../src/commands/command.ts'
import { ConfigError } from '../../src/errors/errors.ts'
import { buildManifest, GUID } from './manifest.ts'
import { colorIcon, outlineIcon } from './png.ts'

export function buildAppPackage(botId: string | undefined, commands: readonly Command[]): Uint8Array {
  if (!botId) {
    throw new ConfigError(
      "MicrosoftAppId is not set: the app package needs the bot's Microsoft App ID (from the Azure Bot registration)",
    )
  }
  if (!GUID.test(botId)) {
    throw new ConfigError(`MicrosoftAppId must be the bot's Microsoft App ID, a GUID; got "${botId}"`)
  }
  const manifest = buildManifest({ botId, commands })
  return zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': colorIcon(),
    'outline.png': outlineIcon(),
  })
}
