import { z } from 'zod'
import { RecordIdSchema } from './common.ts'
import { PercentSchema } from './contract.ts'

/**
 * An availability threshold as stored: up to three decimals, as availability is rounded to three
 * (SPEC §12), written without trailing zeros so "99.90" and "99.9" are the same band.
 */
export const BandThresholdSchema = z
  .string()
  .regex(/^(?:100|\d{1,2}(?:\.\d{0,2}[1-9])?)$/, { message: 'must be a percent above 0 such as 99.9' })
  .refine((v) => Number(v) > 0, { message: 'must be above 0' })

/**
 * One availability credit band of a contract: a month whose rounded availability is strictly below
 * `belowPercent` earns `creditPercent` of the monthly fee (the band with the lowest threshold wins).
 */
export const CreditBandSchema = z.object({
  id: RecordIdSchema,
  contractId: RecordIdSchema,
  belowPercent: BandThresholdSchema,
  creditPercent: PercentSchema,
})
export type CreditBand = z.infer<typeof CreditBandSchema>

/** One band per contract and threshold, so the id is derived from both (imports match on it). */
export function creditBandId(contractId: string, belowPercent: string): string {
  return `${contractId}:below:${belowPercent}`
}
