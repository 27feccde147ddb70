// `contract edit` said in words: a contract's notice period, owner, annual value or end date
// ("bump the litware notice to 120 days", "U0WEST owns the coho backup saas contract now"). The
// contract is named by vendor and title, every field the line states is in the proposal, and a
// field named without its value, or a vendor with several contracts and none named, is asked for.
import { formatDecimal } from '../domain/money.ts'
import { localDate } from '../time/zone.ts'
import type { Built } from './builders.ts'
import { contractOf } from './contract-builders.ts'
import type { Entities } from './entities.ts'
import { endTime } from './event-dates.ts'
import { renewalValues } from './renewal-values.ts'
import { AUTO_RENEW_OFF, END_DATE as END, NOTICE, OWNING, VALUE } from './said-changes.ts'

/** "120 days", "90-day", "3 months": one notice length, or undefined when none or several. */
function noticeOf(free: string): string | undefined {
  const all = [...free.matchAll(/\b(\d{1,4})[- ]?(days?|months?)\b/g)]
  if (all.length !== 1) return undefined
  const [, n, unit] = all[0]!
  return `${n} ${unit!.startsWith('month') ? 'months' : 'days'}`
}

export function contractEdit(e: Entities): Built {
  const target = contractOf(e)
  if (!target) return { missing: 'the contract (vendor and title)' }
  const contract = target.contract
  if (!contract) return { missing: `which contract (its title): ${target.arg} has several` }
  const free = e.freeText()
  const fields: string[] = []
  const shown: string[] = []
  const missing: string[] = []
  if (NOTICE.test(free)) {
    const notice = noticeOf(free)
    if (notice) fields.push(`notice ${notice}`)
    else missing.push('the new notice period (in days)')
  }
  const user = e.users[0]
  if (user !== undefined && OWNING.test(free)) fields.push(`owner ${user}`)
  if (END.test(free)) {
    const t = endTime(e)
    const date = t ? localDate(t.at, e.scene.zone) : undefined
    if (date) fields.push(`end ${date}`)
    else missing.push('the new end date')
  }
  if (VALUE.test(free) && !NOTICE.test(free)) {
    const said = renewalValues(free).value
    if (said) {
      const currency = said.currency ?? contract.currency
      fields.push(`value ${said.amount} ${currency}`)
      if (!said.currency) shown.push(`value in ${currency}, the contract's currency`)
      shown.push(`was ${formatDecimal(contract.annualValue, contract.currency)} a year`)
    } else missing.push('the new annual value')
  }
  if (AUTO_RENEW_OFF.test(free)) fields.push('auto-renew no')
  if (missing.length > 0) return { missing: missing.join(', ') }
  if (fields.length === 0)
    return { missing: 'the field and its new value (notice, owner, value, end date or auto-renew)' }
  const notes = shown.length > 0 ? [`Annual ${shown.join('; ')}.`] : []
  return { command: `contract edit ${target.arg} ${fields.join(' ')}`, notes }
}
