// What an SLA target may be, as sla_targets.csv and `sla target set` both read it: durations such
// as 30m, 4h or 2d, hours 24x7 or business, and a response target no longer than the resolution
// target (SPEC §9: import is never looser than chat).
import type { Calendar } from '../domain/business-clock.ts'
import type { SlaTarget } from '../domain/sla.ts'
import { targetMinutes } from './deadlines.ts'

export const DURATION_HINT = 'a duration such as 30m, 4h or 2d'

/** "4 h", "4H" → "4h"; null when it is not a duration. */
export function readDuration(text: string): string | null {
  const value = text.toLowerCase().replace(/\s+/g, '')
  return /^\d{1,6}(m|h|d)$/.test(value) ? value : null
}

/** "24x7", "24/7" or "business"; null otherwise. */
export function readHours(text: string): SlaTarget['hours'] | null {
  const value = text.trim().toLowerCase()
  if (value === '24x7' || value === '24/7') return '24x7'
  if (value === 'business') return 'business'
  return null
}

/**
 * Why the pair cannot be a target, or undefined. Business-hours days are the contract's business
 * days, so 9h against 1d depends on the calendar.
 */
export function targetOrderProblem(
  target: Pick<SlaTarget, 'response' | 'resolution' | 'hours'>,
  calendar: Calendar,
): string | undefined {
  const response = targetMinutes(target.response, target.hours, calendar)
  const resolution = targetMinutes(target.resolution, target.hours, calendar)
  if (response <= resolution) return undefined
  return `the response target ${target.response} is longer than the resolution target ${target.resolution}`
}
