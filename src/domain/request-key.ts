import { z } from 'zod'
import { InstantSchema } from './common.ts'

/**
 * A platform delivery that was carried out (SPEC §6): 'slack:command:<trigger_id>',
 * 'slack:event:<event_id>', 'teams:<conversation>:<activity id>'. Bookkeeping, not register data:
 * never audited, and pruned once expired.
 */
export const RequestKeySchema = z.object({
  id: z.string().min(1).max(1000),
  /** Real time of the claim, never the business clock (which `serve --now` holds still). */
  at: InstantSchema,
})
