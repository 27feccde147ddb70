import { z } from 'zod'
import { ActorSchema, InstantSchema, RecordIdSchema } from './common.ts'
import { freeText, TEXT_LIMITS, type TextRule } from './text.ts'

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const
export const PrioritySchema = z.enum(PRIORITIES, { message: 'must be P1, P2, P3 or P4' })
export type Priority = z.infer<typeof PrioritySchema>

/** A target as typed: '30m', '4h', '2d' (in business hours a 'd' is one business day). */
export const TargetDurationSchema = z
  .string()
  .regex(/^\d+(m|h|d)$/, { message: 'must be a duration such as 30m, 4h or 2d' })

export const SlaTargetSchema = z.object({
  id: RecordIdSchema,
  contractId: RecordIdSchema,
  priority: PrioritySchema,
  response: TargetDurationSchema,
  resolution: TargetDurationSchema,
  hours: z.enum(['24x7', 'business'], { message: 'must be 24x7 or business' }),
})
export type SlaTarget = z.infer<typeof SlaTargetSchema>

export const IncidentIdSchema = z.string().regex(/^INC-\d{4,}$/, { message: 'must look like INC-0001' })

/** An incident as a write may store it ('typed') or as a store file may hold it ('stored'). */
function incidentSchema(rule: TextRule) {
  return z.object({
    id: IncidentIdSchema,
    vendorId: RecordIdSchema,
    contractId: RecordIdSchema,
    priority: PrioritySchema,
    summary: freeText(rule, TEXT_LIMITS.summary).min(1, { message: 'must not be empty' }),
    started: InstantSchema,
    responded: InstantSchema.nullable().default(null),
    resolved: InstantSchema.nullable().default(null),
    loggedBy: ActorSchema,
  })
}

export const IncidentSchema = incidentSchema('typed')
export const StoredIncidentSchema = incidentSchema('stored')
export type Incident = z.infer<typeof IncidentSchema>
