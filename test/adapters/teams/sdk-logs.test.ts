// botbuilder prints refused tokens itself (console.error: a stack trace, and the channel's public
// key as PEM). Through a real `tickler serve` with Teams on and LOG_LEVEL=debug, every line on
// stderr must still be JSON, botbuilder's own included, with no key material and no token.
import { createSign, generateKeyPairSync } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServeProcess, spawnServe, tempDir } from '../../reliability/serve-process.ts'
import { Recorder as SlackRecorder } from '../slack/slack-harness.ts'
import { personalMessage, type Recorder, startRecorder } from './helpers.ts'

const APP_ID = '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b'
const ISSUER = 'https://api.botframework.com'
const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
const jwk = channelKey.publicKey.export({ format: 'jwk' })
// botbuilder prints the key as PKCS#1 PEM; the other forms are checked too.
const pems = (['pkcs1', 'spki'] as const).map((type) =>
  channelKey.publicKey.export({ format: 'pem', type }).toString(),
)

let teams: Recorder
let slackApi: SlackRecorder
let serve: ServeProcess | undefined

function token(claims: Record<string, unknown>, signer = channelKey.privateKey): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: 'test-key' })}.${part(claims)}`
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(signer).toString('base64url')}`
}

beforeAll(async () => {
  teams = await startRecorder()
  teams.respond = (request) => {
    if (request.path === '/openid')
      return { status: 200, body: { issuer: ISSUER, jwks_uri: `${teams.url}/keys` } }
    if (request.path === '/keys') {
      return {
        status: 200,
        body: { keys: [{ ...jwk, kid: 'test-key', use: 'sig', endorsements: ['msteams'] }] },
      }
    }
    return undefined
  }
  slackApi = new SlackRecorder()
  await slackApi.start()
})
afterAll(async () => {
  if (serve?.child.exitCode === null) serve.child.kill('SIGKILL')
  await teams.close()
  await slackApi.close()
})

describe('botbuilder output of tickler serve', { timeout: 120_000 }, () => {
  it('is JSON on stderr with no key and no token when tokens are refused', async () => {
    const cwd = await tempDir('tickler-sdk-logs-')
    serve = await spawnServe({
      cwd,
      dataDir: join(cwd, 'store'),
      slackApiUrl: slackApi.url,
      env: {
        LOG_LEVEL: 'debug',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'sdk-logs-password',
        ToBotFromChannelOpenIdMetadataUrl: `${teams.url}/openid`,
      },
    })
    const activity = personalMessage(teams.url, 'renewals')
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      iss: ISSUER,
      aud: APP_ID,
      serviceurl: activity.serviceUrl,
      nbf: now - 60,
      exp: now + 3600,
    }
    const tokens = [
      token(claims, otherKey), // botbuilder prints "Available keys: <PEM>"
      token({ ...claims, nbf: now - 7200, exp: now - 3600 }), // botbuilder prints the TokenExpiredError
    ]
    for (const bearer of tokens) {
      const response = await fetch(`${serve.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify(activity),
      })
      expect(response.status).toBe(401)
    }
    expect(await serve.stop()).toBe(0)

    const stderr = serve.stderr()
    const lines = stderr.split('\n').filter((line) => line.trim() !== '')
    for (const line of lines) expect(() => JSON.parse(line), line.slice(0, 120)).not.toThrow()
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    const sdk = logged.filter((l) => l.component === 'botbuilder')
    expect(sdk.map((l) => l.msg).join('\n')).toMatch(/Available keys|expired/)
    expect(stderr).not.toMatch(/BEGIN [A-Z ]*KEY/)
    for (const pem of pems) expect(stderr).not.toContain(pem.split('\n')[1]!.slice(0, 32))
    expect(stderr).not.toContain(String(jwk.n).slice(0, 32))
    for (const bearer of tokens) expect(stderr).not.toContain(bearer.split('.')[2]!.slice(0, 32))
  })
})
