// The `<contract>` argument of a command (SPEC §4.3): a contract title (quoted, or the longest run
// of words naming one), optionally after its vendor ("Contoso" "Office 365"), or a vendor with
// exactly one active contract. Titles compare like vendor names (case, accents, punctuation).
// A write never acts on a guess: several candidates, or a vendor typo, give a pick list whose
// buttons carry `<command> "<vendor>" "<title>" <rest>`.
import type { Contract } from '../domain/contract.ts'
import { currentTerm, isActive } from '../domain/current-term.ts'
import { nameKey } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { PickListError, UserError } from '../errors/errors.ts'
import { quote, scanTokens } from '../parse/tokens.ts'
import { type Choice, pickList } from '../reply/pick-list.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { contractsByTitle, titleKeyOf } from './contract-titles.ts'
import { takeVendor } from './vendor-argument.ts'

export interface RequireContractOptions {
  write: boolean
  /** The command's name as typed before the contract ('contract end'): buttons re-run it. */
  command: string
  form: string
  example: string
  /** For "a vendor with exactly one active contract". */
  today: CalendarDate
  isStop?: (word: string) => boolean
}

export interface ContractFound {
  contract: Contract
  vendor: Vendor
  rest: string
  note?: string
}

const MAX_TITLE_WORDS = 12

interface TitleRun {
  contracts: Contract[]
  words: number
  rest: string
}

/** The longest leading run of `args` that is the title of some contracts (`byKey` gives them). */
function takeTitle(
  args: string,
  byKey: (key: string) => Contract[],
  isStop: (w: string) => boolean,
): TitleRun | undefined {
  const tokens = scanTokens(args)
  const first = tokens[0]
  if (!first) return undefined
  if (first.quoted) {
    const found = byKey(nameKey(first.text))
    return found.length > 0 ? { contracts: found, words: 1, rest: args.slice(first.end).trim() } : undefined
  }
  const run = []
  for (const t of tokens) {
    if (t.quoted || isStop(t.text) || run.length === MAX_TITLE_WORDS) break
    run.push(t)
  }
  for (let k = run.length; k >= 1; k--) {
    const found = byKey(nameKey(args.slice(run[0]!.start, run[k - 1]!.end)))
    if (found.length > 0) return { contracts: found, words: k, rest: args.slice(run[k - 1]!.end).trim() }
  }
  return undefined
}

export function requireContract(view: StoreView, args: string, opts: RequireContractOptions): ContractFound {
  const isStop = opts.isStop ?? (() => false)
  const vendorOf = (c: Contract) => view.get('vendors', c.vendorId)
  const all = view.all('contracts')

  // A: "<vendor> <title>", B: "<title>": the reading that uses more words wins; a tie goes to A.
  const byVendor = takeVendor(view, args, isStop)
  const vendorMatch = byVendor.match
  const vendor = vendorMatch.kind === 'exact' || vendorMatch.kind === 'fuzzy' ? vendorMatch.vendor : undefined
  const vendorWords = scanTokens(byVendor.typed).length || 1
  const own = vendor ? all.filter((c) => c.vendorId === vendor.id) : []
  const a = vendor
    ? takeTitle(byVendor.rest, (key) => own.filter((c) => titleKeyOf(c) === key), isStop)
    : undefined
  const titled = contractsByTitle(view)
  const b = takeTitle(args, (key) => [...(titled.get(key) ?? [])], isStop)
  const useA = a && (!b || vendorWords + a.words >= b.words)
  const note =
    vendorMatch.kind === 'fuzzy' ? `${vendor?.name}, the closest match to "${byVendor.typed}"` : undefined

  if (useA && a) return decide(a.contracts, a.rest, vendorMatch.kind === 'fuzzy' ? note : undefined)
  if (b) return decide(b.contracts, b.rest)

  if (vendor) {
    const active = own.filter((c) => isActive(c, opts.today))
    if (active.length === 1)
      return decide(active, byVendor.rest, vendorMatch.kind === 'fuzzy' ? note : undefined)
    if (active.length > 1) {
      throw pick(`${vendor.name} has ${active.length} active contracts. Which one?`, active, byVendor.rest)
    }
    throw new UserError(
      `${vendor.name} has no active contract${byVendor.rest ? ` titled "${byVendor.rest}"` : ''}. Name the contract by its title.`,
      opts.form,
      opts.example,
    )
  }
  if (vendorMatch.kind === 'ambiguous') {
    const contracts = all.filter(
      (c) => vendorMatch.candidates.some((v) => v.id === c.vendorId) && isActive(c, opts.today),
    )
    if (contracts.length > 0)
      throw pick(`"${byVendor.typed}" matches several vendors. Which contract?`, contracts, byVendor.rest)
  }
  const typed = scanTokens(args)[0]?.text ?? ''
  if (typed === '')
    throw new UserError(`Name a contract: ${opts.command} needs one.`, opts.form, opts.example)
  throw new UserError(
    `No contract titled "${args.trim()}", and no vendor by that name with one active contract.`,
    opts.form,
    opts.example,
  )

  function decide(contracts: Contract[], rest: string, fuzzyNote?: string): ContractFound {
    if (contracts.length > 1) throw pick('Several contracts have that title. Which one?', contracts, rest)
    const contract = contracts[0]!
    const owner = vendorOf(contract)
    if (!owner)
      throw new UserError(
        `Contract "${contract.title}" has no vendor in the register.`,
        opts.form,
        opts.example,
      )
    if (fuzzyNote && opts.write) throw pick(`Did you mean ${fuzzyNote}?`, [contract], rest)
    return { contract, vendor: owner, rest, ...(fuzzyNote ? { note: `Using ${fuzzyNote}.` } : {}) }
  }

  function pick(title: string, contracts: Contract[], rest: string): PickListError {
    const choices: Choice[] = contracts.map((c) => {
      const v = vendorOf(c)
      const name = v?.name ?? c.vendorId
      return {
        text: `${name} — ${c.title} (${c.kind}, ends ${currentTerm(c, opts.today).end})`,
        label: `${name} — ${c.title}`,
        command: `${opts.command} ${quote(name)} ${quote(c.title)}${rest ? ` ${rest}` : ''}`,
      }
    })
    return new PickListError(pickList(title, choices, opts.write ? ['Nothing was changed.'] : undefined))
  }
}
