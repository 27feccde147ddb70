// A response target longer than its resolution target cannot be met before the resolution is, so
// it is refused (SPEC §9), by sla_targets.csv and by `sla target set` alike.
import type { SlaTarget } from '../domain/sla.ts'
import type { Calendar } from './business-clock.ts'
import { targetMinutes } from './deadlines.ts'

/** Why the pair is refused, or null. In business hours a day is one business day of `calendar`. */
export function targetOrderProblem(
  target: Pick<SlaTarget, 'response' | 'resolution' | 'hours'>,
  calendar: Calendar,
): string | null {
  const response = targetMinutes(target.response, target.hours, calendar)
  const resolution = targetMinutes(target.resolution, target.hours, calendar)
  if (response <= resolution) return null
  return `the response target ${target.response} is longer than the resolution target ${target.resolution}; the response may take at most as long as the resolution`
}
