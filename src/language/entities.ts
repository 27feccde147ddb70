// Everything a free-text line names besides its intent: vendors, incidents, priorities, check
// kinds, windows, periods, topics, tiers, users, cadences and (on demand) times. Each spotter
// reuses the grammar's own parsers, so what the recogniser reads is what the command accepts.
import type { Temporal } from 'temporal-polyfill'
import type { Topic } from '../domain/subscription.ts'
import { TIERS, type Tier } from '../domain/vendor.ts'
import { type Period, parsePeriod } from '../parse/period.ts'
import { parseWindow, type Window } from '../parse/window.ts'
import { spellWindowWords } from '../parse/window-words.ts'
import { normalizeIncidentId } from '../sla/incident-id.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { type CheckMention, spotChecks } from './check-spotter.ts'
import { type Priority, spotPriority } from './priority.ts'
import { isQuestion } from './question.ts'
import { spotTimes, type TimeMention } from './time-spotter.ts'
import { findTopic } from './topic-words.ts'
import { spotVendors, type VendorMention } from './vendor-spotter.ts'
import { digitsForNumberWords, type Word, wordsOf } from './words.ts'

export interface Scene {
  view: StoreView
  now: Temporal.Instant
  zone: string
  /** The asker, for "me", "mine", "I own". */
  user: string
  /** Ordinary vocabulary (the recogniser's words): never read as a typo of a vendor name. */
  common?: (word: string) => boolean
}

export class Entities {
  readonly words: Word[]
  readonly vendors: VendorMention[]
  readonly incidents: { id: string; from: number; to: number }[] = []
  readonly priority: Priority | undefined
  readonly checks: CheckMention[]
  readonly window: Window | undefined
  readonly period: { text: string; period: Period } | undefined
  readonly overdue: boolean
  readonly topic: Topic | 'all' | undefined
  readonly tier: Tier | undefined
  readonly users: string[] = []
  readonly cadenceDays: number | undefined
  /** The line addresses the channel itself ("here", "this channel"): subscriptions. */
  readonly channel: boolean
  /** A question ("did…?", "which…") rather than an instruction. */
  readonly question: boolean
  readonly today: string
  private readonly taken = new Set<number>()
  private timeCache: TimeMention[] | undefined

  constructor(
    readonly line: string,
    readonly scene: Scene,
  ) {
    this.words = wordsOf(line)
    this.today = localDate(scene.now, scene.zone)
    this.vendors = spotVendors(line, this.words, scene.view, scene.common)
    for (const v of this.vendors) this.take(v.from, v.to)
    this.findIncidents()
    this.priority = spotPriority(this.words, (i) => this.taken.has(i))
    if (this.priority?.explicit) this.take(this.priority.from, this.priority.to)
    this.checks = spotChecks(this.words, scene.view, (i) => this.taken.has(i))
    const free = this.freeText()
    this.window = findWindow(free, this.today)
    this.period = findPeriod(free, this.today)
    this.overdue = /\b(?:overdue|late|lapsed|expired|past due|behind)\b/.test(free)
    this.topic = findTopic(free)
    this.tier = TIERS.find((t) => new RegExp(`\\b${t}\\b`).test(free))
    this.findUsers()
    this.cadenceDays = findCadence(free)
    this.channel = /\b(?:here|(?:this|our|the) (?:channel|conversation|chat))\b/.test(free)
    this.question = isQuestion(line, this.words)
  }

  /** Inside a check kind ("SOC 2 report"): the scorer sees #check, not the words. */
  inCheck(i: number): boolean {
    return this.checks.some((c) => i >= c.from && i <= c.to)
  }

  /** Word positions already used by an entity (vendor names, incident ids, users). */
  isTaken(i: number): boolean {
    return this.taken.has(i)
  }

  take(from: number, to: number): void {
    for (let k = from; k <= to; k++) this.taken.add(k)
  }

  get times(): TimeMention[] {
    this.timeCache ??= spotTimes(this.line, this.words, this.scene.now, this.scene.zone, (i) =>
      this.taken.has(i),
    )
    return this.timeCache
  }

  /** The folded words not used by a vendor name, with number words as digits. */
  freeText(): string {
    const parts = this.words.map((w, i) => (this.taken.has(i) ? '#' : w.norm))
    return digitsForNumberWords(parts.join(' '))
  }

  private findIncidents(): void {
    this.words.forEach((w, i) => {
      if (this.taken.has(i)) return
      const id = normalizeIncidentId(w.norm.replace(/^#/, '').replace(/['’]s$/, '')) // "INC-0009's outage"
      if (id) {
        this.incidents.push({ id, from: i, to: i })
        this.take(i, i)
        return
      }
      // "incident 42", "ticket #42"
      const next = this.words[i + 1]
      if (/^(?:incident|ticket|inc)$/.test(w.norm) && next && /^#?\d{1,9}$/.test(next.norm)) {
        this.incidents.push({
          id: normalizeIncidentId(`inc-${next.norm.replace('#', '')}`)!,
          from: i,
          to: i + 1,
        })
        this.take(i, i + 1)
      }
    })
  }

  private findUsers(): void {
    this.words.forEach((w, i) => {
      if (this.taken.has(i) || w.quoted) return
      // A possessive is the same user ("U0EAST's vendors", "<@U0EAST>'s renewals").
      const mention =
        /^<@([^>|]+)(?:\|[^>]*)?>(?:['’]s)?$/.exec(w.text) ?? /^@?(U[A-Z0-9]{4,})(?:['’]s)?$/.exec(w.text)
      const email = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(w.text) ? w.text : undefined
      // Typed in lower case ("u0east's renewals"): a Slack id has a digit and is stored in capitals.
      const typed = /^@?(u(?=[a-z]*\d)[a-z0-9]{4,})(?:['’]s)?$/.exec(w.norm)?.[1]?.toUpperCase()
      const id = mention?.[1] ?? email ?? typed
      if (id) {
        this.users.push(id)
        this.take(i, i)
      }
    })
  }
}

const WINDOW_PATTERNS: RegExp[] = [
  /\b(?:before|by|until|till|through|thru)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?[a-z0-9][a-z0-9/-]*(?:\s+[a-z0-9]+){0,2}/g,
  /\b(?:this|next|coming)\s+(?:week|month|quarter|year)\b/g,
  /\b(?:next|coming)?\s*\d{1,4}\s*(?:d|days?|w|wks?|weeks?|m|mos?|months?)\b(?:\s+(?:ahead|from now))?/g,
  /\btoday\b/g,
  /\bq[1-4](?:\s+\d{4})?\b/g,
]

/** The longest phrase that parses as a window (SPEC §3); "end of the quarter" = this quarter. */
function findWindow(free: string, today: string): Window | undefined {
  const text = spellWindowWords(free)
    .replace(/\b(?:by\s+)?(?:the\s+)?end of (?:the\s+)?(?:this\s+)?(month|quarter|year)\b/g, 'this $1')
    .replace(/\bwithin\b/g, 'next')
  let best: Window | undefined
  let bestLength = 0
  for (const pattern of WINDOW_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (/\bevery\s*$/.test(text.slice(0, m.index))) continue
      // "90 days notice" is a notice period, "24 month term" a term and "1.3m" an amount: not windows.
      if (/^\s*['’]?\s*(?:of\s+)?(?:notice|term|renewal term)\b/.test(text.slice(m.index + m[0].length)))
        continue
      if (/[\d.,$€£]$/.test(text.slice(0, m.index))) continue
      // "over 1m eur" is an amount, not a month.
      if (/\b(?:over|above|exceeding|than|worth|at|under|below)\s*[$€£¥]?\s*$/.test(text.slice(0, m.index)))
        continue
      // Try the phrase, then shorter ones ("by March 31 please" → "by March 31").
      const parts = m[0].trim().split(/\s+/)
      for (let n = parts.length; n >= 1; n--) {
        const phrase = parts.slice(0, n).join(' ')
        const window = parseWindow(phrase, today)
        if (window && phrase.length > bestLength) {
          best = window
          bestLength = phrase.length
          break
        }
      }
    }
  }
  return best
}

const PERIOD_PATTERN =
  /\b(?:(?:last|previous|this|current)\s+(?:month|quarter|year)|q[1-4](?:\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?|(?:19|20)\d\d)\b/g

/** "month to date", "ytd": the period so far, which the report of this period already is. */
function toDate(free: string): string {
  return free
    .replace(/\b(month|quarter|year) to date\b/g, 'this $1')
    .replace(/\bmtd\b/g, 'this month')
    .replace(/\bqtd\b/g, 'this quarter')
    .replace(/\bytd\b/g, 'this year')
}

function findPeriod(said: string, today: string): { text: string; period: Period } | undefined {
  const free = toDate(said)
  for (const m of free.matchAll(PERIOD_PATTERN)) {
    // "March 31" is a date, not a month; "may" is usually a verb.
    if (/^\s*\d/.test(free.slice(m.index + m[0].length)) && !/^(?:19|20)\d\d$/.test(m[0])) continue
    // "2026-11-20" is a date, not the year 2026.
    if (/^[-/.]\d/.test(free.slice(m.index + m[0].length))) continue
    if (m[0] === 'may') continue
    const period = parsePeriod(m[0], today)
    if (period) return { text: m[0], period }
  }
  return undefined
}

function findCadence(free: string): number | undefined {
  const every = /\bevery\s+(\d{1,4})\s*(d|days?|w|weeks?|m|months?|y|years?)\b/.exec(free)
  if (every) {
    const n = Number(every[1])
    const unit = every[2]![0]
    if (unit === 'd') return n
    if (unit === 'w') return n * 7
    if (unit === 'm') return n === 12 ? 365 : n * 30
    return n * 365
  }
  if (/\b(?:annually|yearly|every year|once a year|each year)\b/.test(free)) return 365
  if (/\b(?:quarterly|every quarter)\b/.test(free)) return 90
  if (/\b(?:twice a year|semi-?annually|half-?yearly)\b/.test(free)) return 180
  if (/\b(?:monthly|every month)\b/.test(free)) return 30
  return undefined
}

export function entitiesOf(line: string, scene: Scene): Entities {
  return new Entities(line, scene)
}
