// The core's only view of persistence. Small on purpose (read / transact), like lowdb's API, so a
// server database can replace the JSON files without touching a command.
import type { Temporal } from 'temporal-polyfill'
import type { z } from 'zod'
import { AdminSchema, type AuditEntry } from '../domain/audit.ts'
import { CalendarTokenSchema } from '../domain/calendar-token.ts'
import { ClaimSchema, StoredClaimSchema } from '../domain/claim.ts'
import { ContractSchema, StoredContractSchema } from '../domain/contract.ts'
import { CreditBandSchema } from '../domain/credit-band.ts'
import { DowntimeSchema, StoredDowntimeSchema } from '../domain/downtime.ts'
import { LinkSecretSchema } from '../domain/link-secret.ts'
import { DeadlineActionSchema, DeliverySchema } from '../domain/reminder.ts'
import { RequestKeySchema } from '../domain/request-key.ts'
import { RiskCheckSchema, StoredRiskCheckSchema } from '../domain/risk-check.ts'
import { IncidentSchema, SlaTargetSchema, StoredIncidentSchema } from '../domain/sla.ts'
import { ConversationSchema, SubscriptionSchema } from '../domain/subscription.ts'
import { StoredVendorSchema, VendorSchema } from '../domain/vendor.ts'
import type { AuditLookup } from './audit-trail.ts'

export const COLLECTION_SCHEMAS = {
  vendors: VendorSchema,
  contracts: ContractSchema,
  slaTargets: SlaTargetSchema,
  incidents: IncidentSchema,
  riskChecks: RiskCheckSchema,
  subscriptions: SubscriptionSchema,
  conversations: ConversationSchema,
  deadlineActions: DeadlineActionSchema,
  deliveries: DeliverySchema,
  admins: AdminSchema,
  requestKeys: RequestKeySchema,
  calendarTokens: CalendarTokenSchema,
  creditBands: CreditBandSchema,
  downtimes: DowntimeSchema,
  claims: ClaimSchema,
  linkSecrets: LinkSecretSchema,
} as const

/**
 * What a store file may hold: as COLLECTION_SCHEMAS, but text saved before the control-character
 * rule (SPEC §6.2) still loads, and a record holding it may be written back with that text unchanged.
 */
export const STORED_SCHEMAS: { [K in keyof typeof COLLECTION_SCHEMAS]: z.ZodType } = {
  ...COLLECTION_SCHEMAS,
  vendors: StoredVendorSchema,
  contracts: StoredContractSchema,
  incidents: StoredIncidentSchema,
  riskChecks: StoredRiskCheckSchema,
  downtimes: StoredDowntimeSchema,
  claims: StoredClaimSchema,
}

export type CollectionName = keyof typeof COLLECTION_SCHEMAS
export type RecordOf<K extends CollectionName> = z.infer<(typeof COLLECTION_SCHEMAS)[K]>

/** Collections whose changes are bookkeeping, not register changes, and are not audited. */
export const UNAUDITED: ReadonlySet<CollectionName> = new Set([
  'deliveries',
  'conversations',
  'requestKeys',
  'calendarTokens',
  'linkSecrets',
])

export interface StoreView {
  all<K extends CollectionName>(name: K): readonly RecordOf<K>[]
  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined
  /** Audit entries, oldest first; filtered by record id when given. */
  audit(recordId?: string): readonly AuditEntry[]
  /**
   * The removed records and chosen records' entries without reading the whole trail. Optional:
   * transaction views lack it, and history then filters `audit()` (src/history/audit-lookup.ts).
   */
  auditLookup?(): AuditLookup | undefined
}

/** Who and when a change is made; every put and remove in the transaction is audited with it. */
export interface ChangeInfo {
  who: string
  at: Temporal.Instant
  action: string
  /** Ties the change to its request: audit entries, and the delivery it claims (request-keys.ts). */
  requestId?: string
}

export interface Transaction extends StoreView {
  /** Inserts or replaces by id; validated against the collection's schema before commit. */
  put<K extends CollectionName>(name: K, record: RecordOf<K>): void
  remove<K extends CollectionName>(name: K, id: string): void
  /**
   * Next value of a named sequence (incident numbers); part of the same atomic change. With
   * `atLeast`, the sequence jumps there in one step if it is behind (an imported INC-999999999
   * must not cost a billion steps).
   */
  next(sequence: string, atLeast?: number): number
}

export interface Store extends StoreView {
  /**
   * Runs `fn` against the latest state and commits everything it did as one change: validated,
   * durable on disk before the promise resolves, and serialised with every other writer (other
   * processes on the same folder included). If `fn` throws or the write fails, nothing changes,
   * in memory or on disk, and the error is re-thrown (StoreWriteError for I/O failures).
   * `fn` may run twice when another process commits while it runs (it is re-run on the newer
   * state so sequences never collide): act only through `tx` and return what you need.
   */
  transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T>
  /** Increases with every committed change; caches key on it. */
  readonly revision: number
  /** Picks up changes committed by other processes since the last read. */
  refresh(): Promise<void>
  /**
   * Does a step at a time, with the event loop free between steps, the one-off work a fresh
   * process's first use would otherwise do at once (the JSON store unpacks its snapshot's audit
   * index, which the first reminder sweep reads). Optional: other stores have none.
   */
  warm?(): Promise<void>
  close(): Promise<void>
}
