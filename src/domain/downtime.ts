import { z } from 'zod'
import { ActorSchema, InstantSchema, RecordIdSchema } from './common.ts'
import { freeText, TEXT_LIMITS, type TextRule } from './text.ts'

export const DowntimeIdSchema = z.string().regex(/^DT-\d{4,}$/, { message: 'must look like DT-0001' })

/** An outage of a contract's service, for availability credits (SPEC §12): [from, to). */
function downtimeSchema(rule: TextRule) {
  return z
    .object({
      id: DowntimeIdSchema,
      vendorId: RecordIdSchema,
      contractId: RecordIdSchema,
      from: InstantSchema,
      to: InstantSchema,
      note: freeText(rule, TEXT_LIMITS.notes).default(''),
      loggedBy: ActorSchema,
    })
    .refine((d) => Date.parse(d.to) > Date.parse(d.from), {
      message: 'the end must be after the start',
      path: ['to'],
    })
}

export const DowntimeSchema = downtimeSchema('typed')
export const StoredDowntimeSchema = downtimeSchema('stored')
export type Downtime = z.infer<typeof DowntimeSchema>
