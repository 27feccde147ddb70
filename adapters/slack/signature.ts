// Slack request signing (v0 HMAC over `v0:<timestamp>:<body>` with the signing secret). Bolt's
// check (checkHmac) covers the HMAC and staleness but accepts timestamps in the future; SPEC §6
// refuses those too, so that check comes first here.
import { checkHmac } from './bolt.ts'

const MAX_AGE_SECONDS = 5 * 60

export type Verdict = { ok: true } | { ok: false; reason: string }

export function verifySignature(input: {
  signingSecret: string
  body: string
  timestamp: string | string[] | undefined
  signature: string | string[] | undefined
  nowMs: number
}): Verdict {
  const { timestamp, signature } = input
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'missing or malformed X-Slack-Request-Timestamp' }
  }
  if (typeof signature !== 'string' || signature === '') {
    return { ok: false, reason: 'missing X-Slack-Signature' }
  }
  const ts = Number(timestamp)
  const nowSeconds = Math.floor(input.nowMs / 1000)
  if (ts > nowSeconds) return { ok: false, reason: 'request timestamp is in the future' }
  if (nowSeconds - ts > MAX_AGE_SECONDS)
    return { ok: false, reason: 'request timestamp is more than 5 minutes old' }
  try {
    checkHmac({
      signingSecret: input.signingSecret,
      body: input.body,
      timestamp: ts,
      signature,
      nowMs: input.nowMs,
    })
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }
}
