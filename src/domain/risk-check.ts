import { z } from 'zod'
import { CalendarDateSchema } from '../time/calendar-date.ts'
import { RecordIdSchema } from './common.ts'

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

export const RiskCheckSchema = z.object({
  id: RecordIdSchema,
  vendorId: RecordIdSchema,
  kind: CheckKindSchema,
  /** null = the vendor tier's default cadence, so a tier change recomputes. */
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
  lastDone: CalendarDateSchema.nullable().default(null),
  evidence: z.string().max(2000).default(''),
  doneBy: z.string().default(''),
  /** The day it was added: a check never done is due then. */
  addedOn: CalendarDateSchema,
})
export type RiskCheck = z.infer<typeof RiskCheckSchema>
