// Which of a vendor's contracts an `sla target` command is about: the one named with
// `contract <title>`, else the vendor's one active contract. Several active contracts give a pick
// list whose buttons carry the command with the contract named, so a write never acts on a guess.
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import type { Contract } from '../domain/contract.ts'
import { isActive } from '../domain/current-term.ts'
import { nameKey } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { PickListError, UserError } from '../errors/errors.ts'
import { quote } from '../parse/tokens.ts'
import { pickList } from '../reply/pick-list.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import type { Usage } from './sla-target-grammar.ts'

/** The vendor's contract titled `title` (compared like names), or a UserError listing its titles. */
export function namedContract(view: StoreView, vendor: Vendor, title: string, usage: Usage): Contract {
  const own = contractsOfVendor(view, vendor.id)
  const found = own.find((c) => nameKey(c.title) === nameKey(title))
  if (found) return found
  const titles = own.map((c) => `"${c.title}"`).join(', ')
  throw new UserError(
    `${vendor.name} has no contract titled "${title}"${titles ? `; its contracts: ${titles}` : ''}.`,
    usage.form,
    usage.example,
  )
}

export interface TargetContractRequest {
  title: string | null
  today: CalendarDate
  usage: Usage
  /** The command's name ('sla target set') and the words after the contract, for the buttons. */
  command: string
  tail: string
}

export function targetContract(view: StoreView, vendor: Vendor, request: TargetContractRequest): Contract {
  if (request.title !== null) return namedContract(view, vendor, request.title, request.usage)
  const active = contractsOfVendor(view, vendor.id).filter((c) => isActive(c, request.today))
  if (active.length === 1) return active[0]!
  if (active.length === 0) {
    throw new UserError(
      `${vendor.name} has no active contract; name the contract with contract <title>.`,
      request.usage.form,
      request.usage.example,
    )
  }
  const sorted = [...active].sort((a, b) => a.title.localeCompare(b.title, 'en'))
  throw new PickListError(
    pickList(
      `${vendor.name} has ${active.length} active contracts: which one?`,
      sorted.map((c) => ({
        text: `${vendor.name} — ${c.title}`,
        label: c.title,
        command: `${request.command} ${quote(vendor.name)} contract ${quote(c.title)} ${request.tail}`,
      })),
      ['Nothing was changed. Pick a contract, or add contract <title> after the vendor.'],
    ),
  )
}
