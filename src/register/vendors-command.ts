// `vendors [tier <t>] [owner <user>]`: one vendor a line with tier, category, owner and how many
// contracts are active.
import type { Command, Request } from '../commands/command.ts'
import { todayOf } from '../contracts/today.ts'
import { isActive } from '../domain/current-term.ts'
import { TIERS, type Tier } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { tokenize } from '../parse/tokens.ts'
import { userArgument } from '../parse/user-argument.ts'
import { userInline } from '../reply/format.ts'
import { answer, type Item } from '../reply/reply.ts'

/** One collator for the whole sort: localeCompare with options builds one per comparison. */
const byName = new Intl.Collator('en', { sensitivity: 'base' })

const FORM = 'vendors [tier <critical|high|medium|low>] [owner <user>]'
const EXAMPLE = 'vendors tier critical'

interface Filters {
  tier?: Tier
  owner?: string
}

function parseFilters(args: string, request: Request): Filters {
  const words = tokenize(stripCourtesy(args))
  const filters: Filters = {}
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase()
    const value = words[i + 1]
    if ((TIERS as readonly string[]).includes(word) && filters.tier === undefined) {
      filters.tier = word as Tier
    } else if (word === 'tier') {
      if (!value || !(TIERS as readonly string[]).includes(value.toLowerCase())) {
        throw new UserError(
          `The tier must be critical, high, medium or low${value ? `, not "${value}"` : ''}.`,
          FORM,
          EXAMPLE,
        )
      }
      filters.tier = value.toLowerCase() as Tier
      i++
    } else if (word === 'owner' || word === 'owned') {
      if (word === 'owned' && value?.toLowerCase() === 'by') i++
      const user = words[i + 1]
      if (!user) throw new UserError('Name the owner after "owner".', FORM, 'vendors owner U0NORTH')
      filters.owner = userArgument(user, request)
      i++
    } else {
      throw new UserError(`I did not understand "${words[i]}".`, FORM, EXAMPLE)
    }
  }
  return filters
}

function sameUser(a: string, b: string): boolean {
  return a === b || (a.includes('@') && a.toLowerCase() === b.toLowerCase())
}

export const vendorsCommand: Command = {
  name: 'vendors',
  usage: 'vendors [tier <t>] [owner <user>]',
  summary: 'Every vendor, one a line: tier, category, owner, active contracts',
  examples: ['vendors', EXAMPLE, 'vendors owner U0NORTH'],
  writes: false,
  phrasings: ['list our vendors', 'which vendors are critical', 'vendors I own'],
  handler(request, context) {
    const filters = parseFilters(request.args, request)
    const today = todayOf(context)
    const active = new Map<string, number>()
    for (const c of context.store.all('contracts')) {
      if (isActive(c, today)) active.set(c.vendorId, (active.get(c.vendorId) ?? 0) + 1)
    }
    const vendors = context.store
      .all('vendors')
      .filter(
        (v) =>
          (filters.tier === undefined || v.tier === filters.tier) &&
          (filters.owner === undefined || sameUser(v.owner, filters.owner)),
      )
      .sort((a, b) => byName.compare(a.name, b.name))
    const items: Item[] = vendors.map((v) => {
      const n = active.get(v.id) ?? 0
      return {
        text: [
          `${v.name} · ${v.tier} · ${v.category || 'no category'} · `,
          userInline(v.owner),
          ` · ${n} active ${n === 1 ? 'contract' : 'contracts'}`,
        ],
      }
    })
    const parts = [filters.tier && `tier ${filters.tier}`, filters.owner && `owner ${filters.owner}`].filter(
      Boolean,
    )
    return answer({
      title: `Vendors${parts.length ? `: ${parts.join(', ')}` : ''} (${vendors.length})`,
      sections: [
        {
          items,
          empty: parts.length ? 'No vendor matches these filters.' : 'The register has no vendors yet.',
        },
      ],
    })
  },
}
