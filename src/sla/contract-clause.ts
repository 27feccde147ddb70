// `[contract <title>]` after a vendor, when other words follow it (times, a month): the title is a
// quoted one, else the longest run of words that is one of the vendor's contract titles, else one
// word. The words after it are returned for the command's own grammar.
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { nameKey } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { scanTokens } from '../parse/tokens.ts'
import type { StoreView } from '../store/store.ts'

export interface Usage {
  form: string
  example: string
}

export function takeContractClause(
  view: StoreView,
  vendor: Vendor,
  rest: string,
  usage: Usage,
): { title: string | null; rest: string } {
  const tokens = scanTokens(rest)
  const first = tokens[0]
  if (!first || first.quoted || first.text.toLowerCase() !== 'contract') return { title: null, rest }
  const second = tokens[1]
  if (!second)
    throw new UserError('The contract title is missing after "contract".', usage.form, usage.example)
  if (second.quoted) return { title: second.text, rest: rest.slice(second.end).trim() }
  const titles = new Set(contractsOfVendor(view, vendor.id).map((c) => nameKey(c.title)))
  for (let k = tokens.length - 1; k >= 1; k--) {
    if (tokens.slice(1, k + 1).some((t) => t.quoted)) continue
    const typed = rest.slice(second.start, tokens[k]!.end)
    if (titles.has(nameKey(typed))) return { title: typed, rest: rest.slice(tokens[k]!.end).trim() }
  }
  return { title: second.text, rest: rest.slice(second.end).trim() }
}
