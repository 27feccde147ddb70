import { z } from 'zod'
import { ActorSchema, InstantSchema, OpaqueIdSchema, RecordIdSchema } from './common.ts'
import { TierSchema } from './vendor.ts'

export const TOPICS = ['renewals', 'risk', 'incidents', 'digest', 'escalations', 'claims'] as const
export const TopicSchema = z.enum(TOPICS, {
  message: 'must be renewals, risk, incidents, digest, escalations or claims',
})
export type Topic = z.infer<typeof TopicSchema>

/**
 * A channel reference is an opaque string naming the platform first, as 'slack:T123:C456' or
 * 'teams:<conversation id>'. Only the owning adapter looks inside.
 */
export const ChannelRefSchema = OpaqueIdSchema

export const SubscriptionSchema = z.object({
  id: RecordIdSchema,
  topic: TopicSchema,
  channel: ChannelRefSchema,
  filters: z
    .object({ tiers: z.array(TierSchema).default([]), owner: z.string().default('') })
    .default({ tiers: [], owner: '' }),
  createdBy: ActorSchema,
  createdAt: InstantSchema,
  /** Set when the platform says the bot can no longer post there (removed, archived). */
  broken: z.object({ reason: z.string(), at: InstantSchema }).nullable().default(null),
})
export type Subscription = z.infer<typeof SubscriptionSchema>

/** What an adapter needs to post proactively into a channel (e.g. a Teams ConversationReference). */
export const ConversationSchema = z.object({
  id: ChannelRefSchema,
  platform: z.enum(['slack', 'teams']),
  reference: z.record(z.string(), z.unknown()),
  updatedAt: InstantSchema,
})
