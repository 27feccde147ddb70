import { z } from 'zod'
import { ActorSchema, InstantSchema, RecordIdSchema } from './common.ts'
import { CurrencySchema, DecimalSchema } from './money.ts'
import { lineText, TEXT_LIMITS, type TextRule } from './text.ts'

/** 'YYYY-MM': the calendar month a service credit is for. */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must look like 2026-10' })

/**
 * A month's service credit of one contract, claimed from the vendor (`sla claim`, SPEC §12). The
 * amount is the credit as it stood when claimed, so later changes to incidents show as a difference.
 */
function claimSchema(rule: TextRule) {
  return z.object({
    id: RecordIdSchema,
    contractId: RecordIdSchema,
    month: MonthSchema,
    /** The vendor's ticket or letter reference, '' when none was given. */
    ref: lineText(rule, TEXT_LIMITS.reference).default(''),
    amount: DecimalSchema,
    currency: CurrencySchema,
    claimedBy: ActorSchema,
    claimedAt: InstantSchema,
  })
}

export const ClaimSchema = claimSchema('typed')
export const StoredClaimSchema = claimSchema('stored')
export type Claim = z.infer<typeof ClaimSchema>

/** One claim per contract and month. */
export function claimId(contractId: string, month: string): string {
  return `${contractId}|${month}`
}
