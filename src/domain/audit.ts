import { z } from 'zod'
import { ActorSchema, InstantSchema } from './common.ts'

export const AdminSchema = z.object({
  id: z.string().min(1),
  addedBy: ActorSchema,
  addedAt: InstantSchema,
})

/** One change, append-only: who, when, what, before and after. */
export const AuditEntrySchema = z.object({
  id: z.string().min(1),
  at: InstantSchema,
  who: ActorSchema,
  action: z.string().min(1),
  collection: z.string().min(1),
  recordId: z.string().min(1),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().default(''),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>
