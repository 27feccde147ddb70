// From a recognised intent and the entities of the line to the exact command it means. Each
// builder writes the command in its canonical form (vendor names quoted, windows as the parser's
// own label, times as absolute local date-times) so that running it later means the same thing.
import { quote } from '../parse/tokens.ts'
import { localDate, localTime } from '../time/zone.ts'
import { contractEnd, contractRenew, slaClaim, targetsClause } from './contract-builders.ts'
import { contractEdit } from './contract-edit-builder.ts'
import { slaDowntime } from './downtime-builder.ts'
import type { Entities } from './entities.ts'
import { incidentOver, openIncidentInWords } from './incident-ended.ts'
import { headContract, ownWordInHead } from './incident-head.ts'
import { unplacedValue } from './placed-values.ts'
import { renewalFilterWords } from './renewal-filter-words.ts'
import { contactAddress, HANDED, OWNING } from './said-changes.ts'
import { saidNote } from './said-note.ts'
import { summaryParts } from './summary.ts'
import type { TimeRole } from './time-spotter.ts'

export type Built = { command: string; notes: string[] } | { missing: string }

type Builder = (e: Entities) => Built

export function vendorArg(e: Entities): string | undefined {
  const m = e.vendors[0]
  if (!m) return undefined
  if (m.vendors.length === 1) return quote(m.vendors[0]!.name)
  // Several vendors fit: the command's own pick list asks which one.
  return quote(e.line.slice(e.words[m.from]!.start, e.words[m.to]!.end).replace(/^["'“]|["'”]$/g, ''))
}

function when(e: Entities, roles: TimeRole[]): string | undefined {
  const t = e.times.find((m) => roles.includes(m.role))
  if (!t) return undefined
  return `${localDate(t.at, e.scene.zone)} ${localTime(t.at, e.scene.zone)}`
}

function owner(e: Entities): string | undefined {
  if (e.users[0]) return e.users[0]
  if (
    /\b(?:i own|mine|my vendors|my (?:renewals?|contracts?|deals)|owned by me|that i own|i'm responsible|i am responsible)\b/.test(
      e.freeText(),
    )
  )
    return e.scene.user
  return undefined
}

const fixed =
  (command: string): Builder =>
  () => ({ command, notes: [] })

function withVendor(verb: string, tail: (e: Entities) => string = () => ''): Builder {
  return (e) => {
    const vendor = vendorArg(e)
    if (!vendor) return { missing: 'the vendor' }
    return { command: `${verb} ${vendor}${tail(e)}`, notes: [] }
  }
}

function withCheck(verb: string, tail: (e: Entities) => string | { missing: string } = () => ''): Builder {
  return (e) => {
    const vendor = vendorArg(e)
    const check = e.checks[0]
    if (!vendor && !check) return { missing: 'the vendor and the check' }
    if (!vendor) return { missing: 'the vendor' }
    if (!check) return { missing: 'the check (soc2, insurance, questionnaire, adverse media, …)' }
    const rest = tail(e)
    if (typeof rest !== 'string') return rest
    return { command: `${verb} ${vendor} ${check.kind}${rest}`, notes: [] }
  }
}

function incidentUpdate(verb: string, roles: TimeRole[]): Builder {
  return (e) => {
    // "the coho backup outage ended at 10:10": the open incident its vendor's words name.
    const id = e.incidents[0]?.id ?? (incidentOver(e) ? openIncidentInWords(e) : undefined)
    if (!id) return { missing: 'the incident id (INC-0001)' }
    const at = when(e, roles)
    return { command: `${verb} ${id}${at ? ` at ${at}` : ''}`, notes: [] }
  }
}

function slaLog(e: Entities): Built {
  const vendor = vendorArg(e)
  const priority = e.priority
  const head = headContract(e)
  const { summary, unplaced, span } = summaryParts(e, head?.at)
  const own = ownWordInHead(e, span)
  if (own)
    return { missing: `to know what "${own}" is for: it is in the vendor's name or a contract's title` }
  const missing = [
    vendor ? '' : 'the vendor',
    priority ? '' : 'the priority (P1–P4)',
    summary ? '' : 'a short summary',
  ].filter(Boolean)
  if (missing.length > 0) return { missing: missing.join(', ') }
  const notes: string[] = []
  if (!priority!.explicit)
    notes.push(
      `Priority ${priority!.value} because of "${e.words[priority!.from]!.text}"; change it if that is wrong.`,
    )
  const contract = head ? ` contract ${quote(head.title)}` : ''
  let command = `sla log ${vendor}${contract} ${priority!.value} ${summary}`
  const started = when(e, ['started', 'plain'])
  const responded = when(e, ['responded'])
  const resolved = when(e, ['resolved'])
  if (started) command += ` started ${started}`
  if (responded) command += ` responded ${responded}`
  if (resolved) command += ` resolved ${resolved}`
  // A value left out is named first (it says more: "16:30"), then words the summary left out.
  if (unplaced && unplacedValue(e, command) === undefined)
    return { missing: `to know what "${unplaced}" is for: the summary is "${summary}"` }
  return { command, notes }
}

// "…, note: type II no exceptions": the user's evidence, carried word for word as the command's
// note (NOTE); dropping it would store the check done without the evidence the user gave.

function riskDoneTail(e: Entities): string | { missing: string } {
  const t = e.times[0]
  const date = t ? localDate(t.at, e.scene.zone) : undefined
  const said = saidNote(e, 'risk done')
  if ('unplaced' in said) return { missing: `to know what "${said.unplaced}" is for` }
  // A note follows the date, so the date must be written when there is one ("on today").
  const on = date !== undefined && (date !== e.today || said.note) ? ` on ${date}` : ''
  return said.note ? `${on || ` on ${e.today}`} ${said.note}` : on
}

const VENDOR_FIELD = /\b(tier|category|owner|email|contact email|notes|alias|aliases)\b/

function vendorEdit(e: Entities): Built {
  const vendor = vendorArg(e)
  const free = e.freeText()
  // "make X a critical vendor": a tier named with no other field is the tier.
  const owning = e.users[0] !== undefined && (OWNING.test(free) || HANDED.test(free))
  const field = VENDOR_FIELD.exec(free)?.[1] ?? (e.tier ? 'tier' : owning ? 'owner' : undefined)
  // "coho's contact is ops@coho.example now": an address given for the contact is its email.
  const address = contactAddress(e)
  if (vendor && address && (field === undefined || /email/.test(field)))
    return { command: `vendor edit ${vendor} email ${address}`, notes: [] }
  if (!vendor || !field) return { missing: vendor ? 'the field and its new value' : 'the vendor' }
  if (field === 'tier') {
    if (!e.tier) return { missing: 'the new tier (critical, high, medium or low)' }
    return { command: `vendor edit ${vendor} tier ${e.tier}`, notes: [] }
  }
  if (field === 'owner' && e.users[0])
    return { command: `vendor edit ${vendor} owner ${e.users[0]}`, notes: [] }
  // "… category to Cloud hosting": the words after "to" / "is now", as typed.
  const after = new RegExp(`\\b${field}\\b.*?\\b(?:to|is now|=)\\s+(.+)$`, 'i').exec(e.line)
  const value = after?.[1]?.replace(/[.!?]+$/, '').trim()
  if (!value) return { missing: `the new ${field}` }
  const key = field === 'contact email' ? 'email' : field === 'aliases' ? 'alias' : field
  return { command: `vendor edit ${vendor} ${key} ${/\s/.test(value) ? quote(value) : value}`, notes: [] }
}

export const BUILDERS: Record<string, Builder> = {
  help: fixed('help'),
  vendor: withVendor('vendor'),
  vendors: (e) => {
    const who = owner(e)
    const command = `vendors${e.tier ? ` tier ${e.tier}` : ''}${who ? ` owner ${who}` : ''}`
    return { command, notes: [] }
  },
  renewals: (e) => ({
    command: `renewals${e.window ? ` ${e.window.label}` : ''}${renewalFilterWords(e, owner(e))}`,
    notes: [],
  }),
  agenda: fixed('agenda'),
  'risk due': (e) => {
    if (e.window) return { command: `risk due ${e.window.label}`, notes: [] }
    return { command: e.overdue ? 'risk due overdue' : 'risk due', notes: [] }
  },
  'risk list': withVendor('risk list'),
  'risk done': withCheck('risk done', riskDoneTail),
  'risk add': withCheck('risk add', (e) => (e.cadenceDays ? ` every ${e.cadenceDays} days` : '')),
  'risk remove': withCheck('risk remove'),
  'sla log': slaLog,
  'sla downtime': slaDowntime,
  'sla respond': incidentUpdate('sla respond', ['responded', 'plain', 'started']),
  'sla resolve': incidentUpdate('sla resolve', ['resolved', 'plain', 'started']),
  'sla open': fixed('sla open'),
  'sla show': (e) =>
    e.incidents[0]
      ? { command: `sla show ${e.incidents[0].id}`, notes: [] }
      : { missing: 'the incident id (INC-0001)' },
  'sla targets': withVendor('sla targets', targetsClause),
  'sla claims': (e) => ({ command: `sla claims${e.window ? ` ${e.window.label}` : ''}`, notes: [] }),
  'sla report': withVendor('sla report', (e) => (e.period ? ` ${e.period.text}` : '')),
  'sla claim': slaClaim,
  subscribe: (e) => {
    if (!e.topic || e.topic === 'all')
      return { missing: 'the topic (renewals, risk, incidents, digest, escalations or claims)' }
    return { command: `subscribe ${e.topic}${e.tier ? ` tier ${e.tier}` : ''}`, notes: [] }
  },
  unsubscribe: (e) => {
    if (!e.topic)
      return { missing: 'the topic (renewals, risk, incidents, digest, escalations, claims or all)' }
    return { command: `unsubscribe ${e.topic}`, notes: [] }
  },
  subscriptions: fixed('subscriptions'),
  history: (e) => {
    if (e.incidents[0]) return { command: `history ${e.incidents[0].id}`, notes: [] }
    const vendor = vendorArg(e)
    if (vendor) return { command: `history ${vendor}`, notes: [] }
    return { missing: 'what to show the history of (a vendor, contract or incident)' }
  },
  admins: fixed('admins'),
  'admins add': (e) =>
    e.users[0] ? { command: `admins add ${e.users[0]}`, notes: [] } : { missing: 'the user' },
  'admins remove': (e) =>
    e.users[0] ? { command: `admins remove ${e.users[0]}`, notes: [] } : { missing: 'the user' },
  'vendor edit': vendorEdit,
  'vendor remove': withVendor('vendor remove'),
  'contract edit': contractEdit,
  'contract end': contractEnd,
  'contract renew': contractRenew,
}
