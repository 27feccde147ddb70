// `npm run teams:package`: a zip Teams can sideload, with a manifest naming the bot and a command
// menu from the core's command table, and two valid PNG icons of the required sizes.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildAppPackage } from '../../../adapters/teams/app-package.ts'
import { buildManifest, MANIFEST_VERSION, menuCommands } from '../../../adapters/teams/manifest.ts'
import type { Command } from '../../../src/commands/command.ts'
import { ConfigError } from '../../../src/errors/errors.ts'
import { answer } from '../../../src/reply/reply.ts'

const BOT_ID = '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b'

function command(name: string, hidden = false): Command {
  return {
    name,
    usage: name,
    summary: `Does ${name}.`,
    examples: [`${name} example`],
    writes: false,
    hidden,
    handler: () => answer({}),
  }
}

const names = [
  'help',
  'vendor add',
  'remind ack',
  'renewals',
  'agenda',
  'vendor',
  'vendors',
  'risk due',
  'risk add',
]
const commands = [
  ...names.map((n) => command(n, n === 'remind ack')),
  ...['sla log', 'sla open', 'sla report', 'subscribe', 'history'].map((n) => command(n)),
]

/** Width, height and colour type from IHDR, after checking the signature and every chunk's CRC. */
function readPng(bytes: Uint8Array): { width: number; height: number; colorType: number; pixels: Buffer } {
  const png = Buffer.from(bytes)
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  let offset = 8
  let header: Buffer | undefined
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('ascii', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    const crc = png.readUInt32BE(offset + 8 + length)
    expect(crc).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)))
    if (type === 'IHDR') header = body
    if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  return {
    width: header!.readUInt32BE(0),
    height: header!.readUInt32BE(4),
    colorType: header![9]!,
    pixels: inflateSync(Buffer.concat(data)),
  }
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}

describe('Teams app package', () => {
  const files = unzipSync(buildAppPackage(BOT_ID, commands))

  it('holds the manifest and the two icons', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png'])
  })

  it('declares the bot in personal, team and group chat scopes on the current schema', () => {
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION)
    expect(manifest.$schema).toContain(`/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`)
    expect(manifest.id).toBe(BOT_ID)
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' })
    expect(manifest.name.short.length).toBeLessThanOrEqual(30)
    expect(manifest.description.short.length).toBeLessThanOrEqual(80)
    for (const url of Object.values(manifest.developer).slice(1)) expect(url).toMatch(/^https:\/\//)
    const [bot] = manifest.bots
    expect(bot.botId).toBe(BOT_ID)
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat'])
    const [list] = bot.commandLists
    expect(list.commands.length).toBeLessThanOrEqual(10)
    expect(list.commands[0]).toEqual({ title: 'help', description: 'Does help. e.g. help example' })
    expect(
      buildManifest({ botId: BOT_ID, commands: [{ ...command('agenda'), examples: ['agenda'] }] }),
    ).toMatchObject({
      bots: [{ commandLists: [{ commands: [{ title: 'agenda', description: 'Does agenda.' }] }] }],
    })
    for (const c of list.commands) {
      expect(c.title.length).toBeLessThanOrEqual(32)
      expect(c.description.length).toBeLessThanOrEqual(128)
    }
  })

  it('picks the ten most useful visible commands, never hidden ones', () => {
    expect(menuCommands(commands).map((c) => c.name)).toEqual([
      'help',
      'renewals',
      'agenda',
      'vendor',
      'vendors',
      'risk due',
      'sla open',
      'sla log',
      'sla report',
      'subscribe',
    ])
  })

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(files['color.png']!)
    expect([color.width, color.height, color.colorType]).toEqual([192, 192, 6])
    expect(color.pixels.length).toBe(192 * (1 + 192 * 4))
    const outline = readPng(files['outline.png']!)
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6])
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const at = y * (1 + 32 * 4) + 1 + x * 4
        const [r, g, b, a] = outline.pixels.subarray(at, at + 4)
        expect(a === 0 || (r === 255 && g === 255 && b === 255 && a === 255)).toBe(true)
      }
    }
  })

  it('refuses to package without a bot id, or with one that is not a GUID', () => {
    expect(() => buildAppPackage(undefined, commands)).toThrow(ConfigError)
    expect(() => buildAppPackage('', commands)).toThrow(/MicrosoftAppId is not set/)
    expect(() => buildAppPackage('tickler-bot', commands)).toThrow(/GUID/)
  })
})

describe('npm run teams:package', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url))
  const run = (env: Record<string, string>) => {
    const cwd = mkdtempSync(join(tmpdir(), 'tickler-teams-package-'))
    const script = [join(root, 'bin/run-ts.mjs'), join(root, 'adapters/teams/package.ts')]
    const done = promisify(execFile)(process.execPath, script, {
      cwd,
      env: { PATH: process.env.PATH, ...env },
    })
    return { cwd, done }
  }

  it("writes a package whose manifest has package.json's version and the configured links", async () => {
    const { cwd, done } = run({
      MicrosoftAppId: BOT_ID,
      TEAMS_WEBSITE_URL: 'https://tickler.acme.test/',
      TEAMS_PRIVACY_URL: 'https://tickler.acme.test/privacy',
      TEAMS_TERMS_URL: 'https://tickler.acme.test/terms',
    })
    try {
      await done
      const zip = unzipSync(readFileSync(join(cwd, 'dist', 'teams-app.zip')))
      const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']))
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
      expect(manifest.version).toBe(pkg.version)
      expect(manifest.developer).toEqual({
        name: 'Tickler',
        websiteUrl: 'https://tickler.acme.test/',
        privacyUrl: 'https://tickler.acme.test/privacy',
        termsOfUseUrl: 'https://tickler.acme.test/terms',
      })
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })

  it('refuses a developer link that is not https (exit 2, naming the variable)', async () => {
    const { cwd, done } = run({
      MicrosoftAppId: BOT_ID,
      TEAMS_PRIVACY_URL: 'http://tickler.acme.test/privacy',
    })
    try {
      await expect(done).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining('TEAMS_PRIVACY_URL'),
      })
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })
})
