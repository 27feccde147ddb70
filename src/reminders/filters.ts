// Subscription filters: `tier critical,high` and `owner <user>`. A contract passes when its vendor's
// tier is listed (or no tier is) and its owner (the vendor's owner by default) is the one named.

import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import type { Subscription } from '../domain/subscription.ts'
import { TIERS, type Tier, type Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'

export type Filters = Subscription['filters']

export const FILTER_FORM =
  'subscribe <renewals|risk|incidents|digest|escalations|claims> [tier <tier>[,<tier>]] [owner <user>]'
const EXAMPLE = 'subscribe renewals tier critical,high'

/** Slack hands over mentions as <@U123|name>; keep only the opaque id. */
export function cleanUser(text: string): string {
  const mention = /^<@([^>|]+)(?:\|[^>]*)?>$/.exec(text)
  if (mention) return mention[1]!
  return text.replace(/^@/, '')
}

export function parseFilters(words: readonly string[]): Filters {
  const tiers: Tier[] = []
  let owner = ''
  let i = 0
  while (i < words.length) {
    const keyword = words[i]!.toLowerCase()
    if (keyword === 'tier' || keyword === 'tiers') {
      i++
      const start = i
      while (i < words.length && !['tier', 'tiers', 'owner'].includes(words[i]!.toLowerCase())) {
        for (const part of words[i]!.split(',').filter(Boolean)) {
          const tier = part.toLowerCase()
          if (!(TIERS as readonly string[]).includes(tier)) {
            throw new UserError(
              `"${part}" is not a risk tier; tiers are ${TIERS.join(', ')}.`,
              FILTER_FORM,
              EXAMPLE,
            )
          }
          if (!tiers.includes(tier as Tier)) tiers.push(tier as Tier)
        }
        i++
      }
      if (i === start) throw new UserError('"tier" needs one or more tiers after it.', FILTER_FORM, EXAMPLE)
    } else if (keyword === 'owner') {
      const user = words[i + 1]
      if (!user)
        throw new UserError('"owner" needs a user after it.', FILTER_FORM, 'subscribe renewals owner U0NORTH')
      owner = cleanUser(user)
      i += 2
    } else {
      throw new UserError(
        `I don't understand "${words[i]}" here: filters are tier <tier> and owner <user>.`,
        FILTER_FORM,
        EXAMPLE,
      )
    }
  }
  return { tiers, owner }
}

export function passesFilters(filters: Filters, contract: Contract, vendor: Vendor | undefined): boolean {
  if (filters.tiers.length > 0 && (!vendor || !filters.tiers.includes(vendor.tier))) return false
  if (filters.owner && contractOwner(contract, vendor) !== filters.owner) return false
  return true
}

export function describeFilters(filters: Filters): string {
  const parts: string[] = []
  if (filters.tiers.length > 0) parts.push(`tier ${filters.tiers.join(',')}`)
  if (filters.owner) parts.push(`owner ${filters.owner}`)
  return parts.length === 0 ? 'everything' : parts.join(', ')
}
