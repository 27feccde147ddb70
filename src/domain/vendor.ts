import { z } from 'zod'
import { RecordIdSchema } from './common.ts'

export const TIERS = ['critical', 'high', 'medium', 'low'] as const
export const TierSchema = z.enum(TIERS, { message: 'must be one of critical, high, medium, low' })
export type Tier = z.infer<typeof TierSchema>

export const VendorSchema = z.object({
  id: RecordIdSchema,
  name: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).default([]),
  category: z.string().max(200).default(''),
  tier: TierSchema,
  /** A platform user id such as U0NORTH, or an email; '' when nobody owns it. */
  owner: z.string().max(320).default(''),
  contactEmail: z.union([z.literal(''), z.email({ message: 'must be an email address' })]).default(''),
  notes: z.string().max(4000).default(''),
})
export type Vendor = z.infer<typeof VendorSchema>
