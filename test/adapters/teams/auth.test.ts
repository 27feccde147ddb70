// With MicrosoftAppId set, only requests carrying a valid Bot Framework token run. The channel's
// OpenID metadata and signing keys are served by the recorder (ToBotFromChannelOpenIdMetadataUrl),
// and tokens are signed with a key made for the test.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testCommands } from './commands.ts'
import { type Bot, botAdded, personalMessage, type Recorder, startBot, startRecorder } from './helpers.ts'

const APP_ID = '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b'
const ISSUER = 'https://api.botframework.com'

let recorder: Recorder
let bot: Bot
let key: KeyObject

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url')
}

function sign(claims: Record<string, unknown>, signer: KeyObject = key, kid = 'test-key'): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))
  const payload = base64url(JSON.stringify(claims))
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(signer)
  return `${header}.${payload}.${base64url(signature)}`
}

function claims(serviceUrl: string, extra: Record<string, unknown> = {}) {
  // The token library checks expiry against the real clock, so the token is made for it.
  const now = Math.floor(Date.now() / 1000)
  return { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...extra }
}

beforeEach(async () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
  key = pair.privateKey
  recorder = await startRecorder()
  const jwk = pair.publicKey.export({ format: 'jwk' })
  recorder.respond = (request) => {
    if (request.path === '/openid') {
      return { status: 200, body: { issuer: ISSUER, jwks_uri: `${recorder.url}/keys` } }
    }
    if (request.path === '/keys') {
      return {
        status: 200,
        body: { keys: [{ ...jwk, kid: 'test-key', use: 'sig', endorsements: ['msteams'] }] },
      }
    }
    return undefined
  }
  bot = await startBot({
    commands: testCommands,
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-password',
      MicrosoftAppType: 'MultiTenant',
      ToBotFromChannelOpenIdMetadataUrl: `${recorder.url}/openid`,
      TEAMS_EMULATOR: '0',
    },
  })
})
afterEach(async () => {
  await bot.close()
  await recorder.close()
})

describe('Bot Framework authentication', () => {
  it('is on when MicrosoftAppId is set, not in Emulator mode', () => {
    expect(bot.teams.framework.appId).toBe(APP_ID)
    expect(bot.teams.framework.emulator).toBe(false)
  })

  it('answers 401 to an activity without a token, and runs nothing', async () => {
    const response = await bot.post(personalMessage(recorder.url, 'bump'))
    expect(response.status).toBe(401)
    expect(recorder.posts()).toHaveLength(0)
    expect(bot.store.revision).toBe(0)
  })

  it('answers 401 to forged, expired, wrongly addressed and wrongly endorsed tokens', async () => {
    const activity = personalMessage(recorder.url, 'bump')
    const serviceUrl = activity.serviceUrl
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const now = Math.floor(Date.now() / 1000)
    const bad = [
      'Bearer not-a-token',
      `Bearer ${sign(claims(serviceUrl), other)}`,
      `Bearer ${sign(claims(serviceUrl, { exp: now - 3600, nbf: now - 7200 }))}`,
      `Bearer ${sign(claims(serviceUrl, { aud: 'someone-else' }))}`,
      `Bearer ${sign(claims(serviceUrl, { iss: 'https://evil.example' }))}`,
      `Bearer ${sign(claims('https://smba.example/other/'))}`,
      `Bearer ${sign(claims(serviceUrl), key, 'unknown-key')}`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
    ]
    for (const authorization of bad) {
      const response = await bot.post(
        { ...activity, id: `${activity.id}-${bad.indexOf(authorization)}` },
        { authorization },
      )
      expect(response.status, authorization.slice(0, 40)).toBe(401)
    }
    // A key endorsed for another channel does not sign for Teams.
    const skype = { ...activity, id: `${activity.id}-skype`, channelId: 'skype' }
    expect((await bot.post(skype)).status).toBe(401)
    expect(recorder.posts()).toHaveLength(0)
    expect(bot.store.revision).toBe(0)
  })

  it('accepts a token signed by the channel key and runs the turn', async () => {
    const activity = { ...botAdded(recorder.url), type: 'installationUpdate', action: 'add' }
    const response = await bot.post(activity, {
      authorization: `Bearer ${sign(claims(activity.serviceUrl))}`,
    })
    expect(response.status).toBe(200)
    expect(bot.store.all('conversations').map((c) => c.id)).toEqual(['teams:19:general@thread.tacv2'])
  })

  it('answers 400 to a well-signed activity without a conversation or sender, and runs nothing', async () => {
    const activity = personalMessage(recorder.url, 'bump')
    const authorization = `Bearer ${sign(claims(activity.serviceUrl))}`
    for (const broken of [
      { ...activity, conversation: undefined },
      { ...activity, from: 'jane' },
      { ...activity, conversation: { id: 5 } },
    ]) {
      const response = await bot.post(broken, { authorization })
      expect(response.status, JSON.stringify(broken).slice(0, 60)).toBe(400)
    }
    expect(recorder.posts()).toHaveLength(0)
    expect(bot.store.revision).toBe(0)
  })
})
