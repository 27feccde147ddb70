// Signed, expiring download links for a reply's file (SPEC §12: Teams gets the statement as a link
// served by Tickler at /statements/<token>.csv, valid 7 days). The token carries what rebuilds the
// file (the command, who asked, the instant it was computed as of) and a hash of its bytes, under
// an HMAC-SHA256 of the server secret: an altered token fails the HMAC, an old one its expiry, and
// a file whose figures changed since fails the hash. Expiry is judged on real time, never on the
// business clock (`serve --now` holds that still).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { CsvAttachment } from '../../src/reply/reply.ts'

export const STATEMENTS_PREFIX = '/statements/'
export const LINK_DAYS = 7
const DAY_MS = 86_400_000

const PayloadSchema = z.object({
  /** The command line that made the file. */
  c: z.string().min(1),
  /** Who asked (the rebuild runs as them) and their tenant. */
  u: z.string().min(1),
  w: z.string().optional(),
  /** The instant the file was computed as of. */
  a: z.string().min(1),
  /** sha256 of the file, base64url. */
  h: z.string().min(1),
  /** The file's name. */
  n: z.string().min(1),
  /** Expiry, ms since the epoch (real time). */
  e: z.number().int(),
})
export type LinkPayload = z.infer<typeof PayloadSchema>

export function contentHash(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('base64url')
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest()
}

/** The path of a link for `attachment`, made by `command` for `user`, expiring 7 days after `nowMs`. */
export function linkPath(
  key: Buffer,
  attachment: CsvAttachment,
  who: { command: string; user: string; workspace?: string },
  nowMs: number,
): string {
  const payload: LinkPayload = {
    c: who.command,
    u: who.user,
    ...(who.workspace ? { w: who.workspace } : {}),
    a: attachment.asOf,
    h: contentHash(attachment.content),
    n: attachment.name,
    e: nowMs + LINK_DAYS * DAY_MS,
  }
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')
  return `${STATEMENTS_PREFIX}${body}.${mac(key, body).toString('base64url')}.csv`
}

export type LinkCheck = { ok: true; payload: LinkPayload } | { ok: false; reason: 'altered' | 'expired' }

/** Reads a request path back into the payload it was signed over, or why it is refused. */
export function checkLink(key: Buffer, path: string, nowMs: number): LinkCheck {
  const m = /^\/statements\/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.csv$/.exec(path)
  if (!m) return { ok: false, reason: 'altered' }
  const [, body, signature] = m as unknown as [string, string, string]
  const expected = mac(key, body)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'altered' }
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'altered' }
  }
  const payload = PayloadSchema.safeParse(parsed)
  if (!payload.success) return { ok: false, reason: 'altered' }
  if (payload.data.e <= nowMs) return { ok: false, reason: 'expired' }
  return { ok: true, payload: payload.data }
}
