import { z } from 'zod'
import { CalendarDateSchema } from '../time/calendar-date.ts'
import { RecordIdSchema } from './common.ts'
import { freeText, TEXT_LIMITS, type TextRule } from './text.ts'

export const KNOWN_CHECK_KINDS = [
  'soc2',
  'soc1',
  'questionnaire',
  'insurance',
  'adverse_media',
  'financial',
] as const

/** Known kinds or another single word (lower case, digits, underscores). */
export const CheckKindSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'must be one word such as soc2, insurance or pentest' })

/** A risk check as a write may store it ('typed') or as a store file may hold it ('stored'). */
function riskCheckSchema(rule: TextRule) {
  return z.object({
    id: RecordIdSchema,
    vendorId: RecordIdSchema,
    kind: CheckKindSchema,
    /** null = the vendor tier's default cadence, so a tier change recomputes. */
    cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
    lastDone: CalendarDateSchema.nullable().default(null),
    evidence: freeText(rule, TEXT_LIMITS.evidence).default(''),
    doneBy: z.string().default(''),
    /** The day it was added: a check never done is due then. */
    addedOn: CalendarDateSchema,
  })
}

export const RiskCheckSchema = riskCheckSchema('typed')
export const StoredRiskCheckSchema = riskCheckSchema('stored')
export type RiskCheck = z.infer<typeof RiskCheckSchema>
