// Incident ids: INC-0001, sequential. Users may type inc-7 or INC-0007; both name INC-0007.
import type { Incident } from '../domain/sla.ts'
import { UserError } from '../errors/errors.ts'
import type { StoreView, Transaction } from '../store/store.ts'

export function formatIncidentId(n: number): string {
  return `INC-${String(n).padStart(4, '0')}`
}

/** The canonical id of a typed incident reference, or null when it does not look like one. */
export function normalizeIncidentId(text: string): string | null {
  const m = /^inc-?0*(\d{1,9})$/i.exec(text.trim())
  return m ? formatIncidentId(Number(m[1])) : null
}

/**
 * The next id from the 'incident' sequence. Imported incidents may already hold higher numbers,
 * so the sequence is advanced past the highest id in the register: ids never repeat.
 */
export function nextIncidentId(tx: Transaction): string {
  const highest = highestIncidentNumber(tx.all('incidents'))
  let n = tx.next('incident')
  while (n <= highest) n = tx.next('incident')
  return formatIncidentId(n)
}

// The last incidents array scanned and its highest number, so a write reads only the incidents
// added since: at 30,000 incidents the full parse was a quarter of an `sla log`. The store keeps
// records in insertion order: an update keeps its place (and its id), a new record goes last and
// a removal shifts every later record down. So when the later array still holds the earlier
// array's last record at the same index, nothing before it was removed, and only the records
// after it can carry a new number. Records are never shared between stores (each is validated
// into a new object), so an array from another store or a reload fails the check and is read in
// full; so does an update of that last record, which costs one full read and nothing else.
let scanned: { incidents: readonly Incident[]; highest: number } | undefined

function highestIncidentNumber(incidents: readonly Incident[]): number {
  const last = scanned
  let from = 0
  let highest = 0
  if (last && continues(incidents, last.incidents)) {
    if (last.incidents === incidents) return last.highest
    from = last.incidents.length
    highest = last.highest
  }
  for (let i = from; i < incidents.length; i++) {
    const n = Number(incidents[i]!.id.slice(4))
    if (n > highest) highest = n
  }
  scanned = { incidents, highest }
  return highest
}

function continues(later: readonly Incident[], earlier: readonly Incident[]): boolean {
  const end = earlier.length - 1
  return end >= 0 && later.length > end && later[end] === earlier[end]
}

/** The incident a user named, or a UserError saying what was wrong. */
export function requireIncident(view: StoreView, typed: string, form: string, example: string): Incident {
  if (typed.trim() === '')
    throw new UserError('Which incident? Give its id, such as INC-0001.', form, example)
  const id = normalizeIncidentId(typed)
  if (!id) throw new UserError(`"${typed}" is not an incident id; ids look like INC-0001.`, form, example)
  const incident = view.get('incidents', id)
  if (!incident) {
    throw new UserError(`There is no incident ${id}. See \`sla open\` for the open ones.`, form, example)
  }
  return incident
}
