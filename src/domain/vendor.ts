import { z } from 'zod'
import { RecordIdSchema } from './common.ts'
import { freeText, lineText, TEXT_LIMITS, type TextRule, tooLongMessage } from './text.ts'

export const TIERS = ['critical', 'high', 'medium', 'low'] as const
export const TierSchema = z.enum(TIERS, { message: 'must be one of critical, high, medium, low' })
export type Tier = z.infer<typeof TierSchema>

/** A vendor as a write may store it ('typed') or as a store file may hold it ('stored'). */
function vendorSchema(rule: TextRule) {
  return z.object({
    id: RecordIdSchema,
    name: lineText(rule, TEXT_LIMITS.name).trim().min(1, { message: 'must not be empty' }),
    aliases: z.array(lineText(rule, TEXT_LIMITS.name).trim().min(1)).default([]),
    category: lineText(rule, TEXT_LIMITS.category).default(''),
    tier: TierSchema,
    /** A platform user id such as U0NORTH, or an email; '' when nobody owns it. */
    owner: lineText(rule, TEXT_LIMITS.owner).default(''),
    contactEmail: z
      .union([
        z.literal(''),
        z.email({ message: 'must be an email address' }).max(TEXT_LIMITS.email, {
          error: (issue) => tooLongMessage(String(issue.input).length, TEXT_LIMITS.email),
        }),
      ])
      .default(''),
    notes: freeText(rule, TEXT_LIMITS.notes).default(''),
  })
}

export const VendorSchema = vendorSchema('typed')
export const StoredVendorSchema = vendorSchema('stored')
export type Vendor = z.infer<typeof VendorSchema>
