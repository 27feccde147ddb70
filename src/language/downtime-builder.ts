// An outage said in words ("the nordlicht mpls was down from 22:10 to 01:40") as the exact
// `sla downtime` it means. The end is read by the command's own grammar from the start, so a bare
// "01:40" is the next morning exactly as typing the command would make it; both ends must carry a
// clock time, since a day alone ("from yesterday to today") is no outage's span and is asked for.
import { parseWhen } from '../parse/when.ts'
import { readDowntimeLine } from '../sla/downtime-grammar.ts'
import { localDateTime } from '../time/zone.ts'
import { type Built, vendorArg } from './builders.ts'
import { namedContractClause } from './contract-builders.ts'
import type { Entities } from './entities.ts'

const CLOCK = /\d:\d{2}|\d\s*[ap]m\b|\bnoon\b|\bmidnight\b/i
const JOIN = /^(?:to|until|till|thru|through)$/

export function slaDowntime(e: Entities): Built {
  const vendor = vendorArg(e)
  if (!vendor) return { missing: 'the vendor' }
  const [start, end] = e.times
  const missing = { missing: 'when the outage started and ended (2026-10-03 09:10 to 11:40)' }
  if (!start || !end || e.times.length > 2 || !JOIN.test(e.words[end.from - 1]?.norm ?? '')) return missing
  const typed = (t: { from: number; to: number }) => e.line.slice(e.words[t.from]!.start, e.words[t.to]!.end)
  if (!CLOCK.test(typed(start)) || !CLOCK.test(typed(end))) return missing
  const zone = e.scene.zone
  const from = localDateTime(start.at, zone)
  let to: string
  try {
    const read = readDowntimeLine(`${from} to ${typed(end)}`, e.scene.now, (text, reference) =>
      parseWhen(text, reference, zone),
    )
    if (read.note !== '' || read.to.epochMilliseconds <= read.from.epochMilliseconds) return missing
    to = localDateTime(read.to, zone)
  } catch {
    return missing
  }
  return { command: `sla downtime ${vendor}${namedContractClause(e)} ${from} to ${to}`, notes: [] }
}
