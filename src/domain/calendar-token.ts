import { z } from 'zod'
import { ActorSchema, InstantSchema } from './common.ts'

/**
 * A personal calendar feed (SPEC §11). Only the SHA-256 of the token is kept, as the id, so the
 * store never holds a working link; the feed shows the user's contracts, or all for an admin.
 * `asAdmin` records a local administrator's token (the terminal's, SPEC §6), whose rights no user
 * id carries; everyone else's admin rights are judged at each fetch.
 */
export const CalendarTokenSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 hex digest' }),
  user: ActorSchema,
  asAdmin: z.boolean().optional(),
  createdAt: InstantSchema,
})
export type CalendarToken = z.infer<typeof CalendarTokenSchema>
