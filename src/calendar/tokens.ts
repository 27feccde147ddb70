// Calendar feed tokens: 256 random bits, URL-safe, shown once; the store keeps only their hash.
import { createHash, randomBytes } from 'node:crypto'

export function newCalendarToken(): string {
  return randomBytes(32).toString('base64url')
}

export function calendarTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A token as it may appear in a URL: anything else is not looked up at all. */
export function isCalendarToken(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text)
}
