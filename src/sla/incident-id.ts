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
 * The next id from the 'incident' sequence. Whatever stores an incident under a number of its own
 * (the importer) advances the sequence past it in the same transaction (`claimIncidentNumber`), so
 * the sequence alone is right and a write reads no other incident. Registers written before that
 * rule may hold numbers above the sequence: they are found by one full read per store
 * (`legacyHighest`), and the sequence steps past them, so ids never repeat.
 */
export function nextIncidentId(tx: Transaction): string {
  let n = advancePast(tx, legacyHighest(tx))
  // Taken only if a writer that does not keep the rule (an older version on the same folder)
  // stored a number above the sequence since the full read: read again.
  if (tx.get('incidents', formatIncidentId(n))) n = advancePast(tx, legacyHighest(tx, true))
  return formatIncidentId(n)
}

/** Keeps the sequence at least `n`, for an incident stored under that number. */
export function claimIncidentNumber(tx: Transaction, id: string): void {
  advancePast(tx, Number(id.slice(4)) - 1)
}

function advancePast(tx: Transaction, highest: number): number {
  return tx.next('incident', highest + 1)
}

// The highest number found by the last full read, and a record of that register to tell whether a
// later transaction is on the same one. Records are replaced, never mutated, and never shared
// between stores (each is validated into a new object): while the anchor's id still gives the
// same object, this is the register that was read, and anything added since was added under the
// rule above. A reload, a restore, another store or an edit of the anchor fails the check and
// costs one more full read. The anchor is the oldest incident, the one least likely to be edited.
let scanned: { anchor: Incident; highest: number } | undefined

function legacyHighest(tx: Transaction, force = false): number {
  const last = scanned
  if (!force && last && tx.get('incidents', last.anchor.id) === last.anchor) return last.highest
  const incidents = tx.all('incidents')
  let highest = 0
  for (const incident of incidents) {
    const n = Number(incident.id.slice(4))
    if (n > highest) highest = n
  }
  scanned = incidents.length > 0 ? { anchor: incidents[0]!, highest } : undefined
  return highest
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
