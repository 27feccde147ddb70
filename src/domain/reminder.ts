import { z } from 'zod'
import { CalendarDateSchema } from '../time/calendar-date.ts'
import { ActorSchema, InstantSchema, RecordIdSchema } from './common.ts'
import { TopicSchema } from './subscription.ts'

/** Acknowledge or snooze on one deadline of one contract (decisions live on the contract). */
export const DeadlineActionSchema = z.object({
  id: RecordIdSchema,
  contractId: RecordIdSchema,
  deadline: CalendarDateSchema,
  action: z.enum(['acknowledge', 'snooze']),
  until: CalendarDateSchema.nullable().default(null),
  by: ActorSchema,
  at: InstantSchema,
})
export type DeadlineAction = z.infer<typeof DeadlineActionSchema>

/**
 * The delivery ledger: one record per proactive post, keyed so a post happens exactly once.
 * Renewal key: 'renewal|<contractId>|<deadline>|<stage>|<channel>'; owner messages:
 * 'renewal-dm|…|<owner>'; escalations: 'escalation|…|<channel>'; digests: '<topic>|<period>|<channel>'.
 */
export const DeliverySchema = z.object({
  id: z.string().min(1),
  topic: TopicSchema,
  channel: z.string().min(1),
  contractId: RecordIdSchema.nullable().default(null),
  deadline: CalendarDateSchema.nullable().default(null),
  stage: z.number().int().nullable().default(null),
  status: z.enum(['claimed', 'posted', 'failed', 'skipped']),
  attempts: z.number().int().min(0).default(0),
  error: z.string().nullable().default(null),
  at: InstantSchema,
})
export type Delivery = z.infer<typeof DeliverySchema>
