// The vendor argument of a command (SPEC §4.1): a quoted name, or the longest run of words that
// names a vendor before the next grammar element. An exact name always wins over a longer guess.

import type { Vendor } from '../domain/vendor.ts'
import { PickListError, UserError } from '../errors/errors.ts'
import { quote, scanTokens } from '../parse/tokens.ts'
import { type Choice, pickList } from '../reply/pick-list.ts'
import type { StoreView } from '../store/store.ts'
import { findVendor, nearestVendors, type VendorMatch } from './vendor-lookup.ts'

/** Vendor names longer than this many words are quoted; it bounds the work per command. */
const MAX_NAME_WORDS = 12

export function takeVendor(
  view: StoreView,
  args: string,
  isStop: (word: string) => boolean = () => false,
): { match: VendorMatch; typed: string; rest: string } {
  const tokens = scanTokens(args)
  const first = tokens[0]
  if (!first) return { match: { kind: 'none', nearest: [] }, typed: '', rest: '' }
  if (first.quoted) {
    return { match: findVendor(view, first.text), typed: first.text, rest: args.slice(first.end).trim() }
  }
  const run = []
  for (const t of tokens) {
    if (t.quoted || isStop(t.text) || run.length === MAX_NAME_WORDS) break
    run.push(t)
  }
  if (run.length === 0) return { match: { kind: 'none', nearest: [] }, typed: '', rest: args.trim() }

  const tried: { match: VendorMatch; typed: string; rest: string }[] = []
  for (let k = run.length; k >= 1; k--) {
    const typed = args.slice(run[0]!.start, run[k - 1]!.end)
    const result = { match: findVendor(view, typed, false), typed, rest: args.slice(run[k - 1]!.end).trim() }
    if (result.match.kind === 'exact') {
      // "alpine ski" where "Alpine" is an alias of Alpine Ski Hardware: a longer run that points
      // to the very same vendor is still that vendor, and its words are the name, not arguments.
      const exact = result.match.vendor
      const longer = tried.find((t) => t.match.kind === 'fuzzy' && t.match.vendor.id === exact.id)
      return longer ? { ...longer, match: result.match } : result
    }
    tried.push(result)
  }
  const found = tried.find((t) => t.match.kind !== 'none')
  if (found) return found
  // Nothing matched: report the whole run, with the nearest names any part of it suggested, longest
  // part first. Each part's are found only now, and only until three are known.
  const nearest = new Map<string, Vendor>()
  for (const t of tried) {
    if (nearest.size >= 3) break
    for (const v of nearestVendors(view, t.typed)) nearest.set(v.id, v)
  }
  return {
    match: { kind: 'none', nearest: [...nearest.values()].slice(0, 3) },
    typed: tried[0]!.typed,
    rest: tried[0]!.rest,
  }
}

export interface RequireVendorOptions {
  /** A write never acts on a guess: fuzzy and ambiguous matches become a pick list. */
  write: boolean
  /** The command's name as typed before the vendor ('vendor', 'sla log'): buttons re-run it. */
  command: string
  form: string
  example: string
  isStop?: (word: string) => boolean
}

export function requireVendor(
  view: StoreView,
  args: string,
  opts: RequireVendorOptions,
): { vendor: Vendor; rest: string; note?: string } {
  const { match, typed, rest } = takeVendor(view, args, opts.isStop)
  switch (match.kind) {
    case 'exact':
      return { vendor: match.vendor, rest }
    case 'fuzzy':
      if (!opts.write)
        return {
          vendor: match.vendor,
          rest,
          note: `Showing ${match.vendor.name}, the closest match to "${typed}".`,
        }
      throw new PickListError(
        pickList(
          `No vendor is named exactly "${typed}". Did you mean ${match.vendor.name}?`,
          [choice(match.vendor, opts.command, rest)],
          ['Nothing was changed. Press the button to run the command for this vendor.'],
        ),
      )
    case 'ambiguous':
      throw new PickListError(
        pickList(
          `"${typed}" matches ${match.candidates.length} vendors. Which one did you mean?`,
          match.candidates.map((v) => choice(v, opts.command, rest)),
          opts.write ? ['Nothing was changed.'] : undefined,
        ),
      )
    case 'none': {
      if (typed === '')
        throw new UserError(`Name a vendor: ${opts.command} needs one.`, opts.form, opts.example)
      const hint =
        match.nearest.length > 0
          ? ` Nearest names: ${match.nearest.map((v) => v.name).join(', ')}.`
          : view.all('vendors').length === 0
            ? ' The register has no vendors yet.'
            : ''
      throw new UserError(`No vendor named "${typed}".${hint}`, opts.form, opts.example)
    }
  }
}

function choice(vendor: Vendor, command: string, rest: string): Choice {
  return {
    text: `${vendor.name} (${vendor.tier}${vendor.category ? `, ${vendor.category}` : ''})`,
    label: vendor.name,
    command: `${command} ${quote(vendor.name)}${rest ? ` ${rest}` : ''}`,
  }
}
