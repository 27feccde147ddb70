// What "this machine only" means in Emulator mode (TEAMS_EMULATOR=1): a loopback peer address, and
// a loopback serviceUrl to reply to. BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1).
import { BlockList, isIP } from 'node:net'

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/** A socket's remote address (never a header, which the caller writes). */
export function isLoopbackAddress(address: string | undefined): boolean {
  const family = address ? isIP(address) : 0
  if (family === 0) return false
  return LOOPBACK.check(address!, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * An http(s) URL whose host is a loopback address or `localhost` (the Emulator's own serviceUrl).
 * The WHATWG parser has already normalised forms such as 127.1 and [::ffff:7f00:1].
 */
export function isLoopbackUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1')
  return host === 'localhost' || isLoopbackAddress(host)
}
