import { z } from 'zod'

/** Platform ids (users, channels, tenants) are opaque: stored and compared exactly as given. */
export const OpaqueIdSchema = z.string().min(1, { message: 'must not be empty' })

/** An instant stored as ISO 8601 UTC ('2027-03-31T12:05:00Z'). */
export const InstantSchema = z.iso.datetime({ offset: false, message: 'must be an ISO 8601 UTC instant' })

export const RecordIdSchema = z.string().min(1)

/** A user as recorded in the audit trail and on records: platform user id, email or 'terminal'. */
export const ActorSchema = z.string().min(1)
