import { z } from 'zod'
import { CalendarDateSchema } from '../time/calendar-date.ts'
import { BusinessCalendarSchema } from './business-calendar.ts'
import { ActorSchema, InstantSchema, RecordIdSchema } from './common.ts'
import { CurrencySchema, DecimalSchema } from './money.ts'
import { lineText, TEXT_LIMITS, type TextRule } from './text.ts'

export const CONTRACT_KINDS = ['licence', 'saas', 'support', 'outsourcing', 'hardware'] as const
export const ContractKindSchema = z.enum(CONTRACT_KINDS, {
  message: 'must be one of licence, saas, support, outsourcing, hardware',
})

export const DECISIONS = ['renew', 'renegotiate', 'cancel'] as const
export const DecisionKindSchema = z.enum(DECISIONS)

/** A renewal decision taken on a deadline (from a reminder's Decide button or a command). */
export const DecisionSchema = z.object({
  decision: DecisionKindSchema,
  deadline: CalendarDateSchema,
  by: ActorSchema,
  at: InstantSchema,
})
export type Decision = z.infer<typeof DecisionSchema>

export const NoticeMonthsSchema = z
  .number()
  .int()
  .min(1, { message: 'must be 1 month or more' })
  .max(120, { message: 'must be 120 months or fewer' })

/** Whether a notice deadline on a weekend or holiday moves to the business day before (SPEC §11). */
export const NOTICE_SHIFTS = ['none', 'business_day'] as const
export const NoticeShiftSchema = z.enum(NOTICE_SHIFTS, { message: 'must be none or business_day' })
export type NoticeShift = z.infer<typeof NoticeShiftSchema>

export const PercentSchema = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, { message: 'must be a percent such as 5 or 2.5' })

/** A contract as a write may store it ('typed') or as a store file may hold it ('stored'). */
function contractSchema(rule: TextRule) {
  return z
    .object({
      id: RecordIdSchema,
      vendorId: RecordIdSchema,
      title: lineText(rule, TEXT_LIMITS.title).trim().min(1, { message: 'must not be empty' }),
      kind: ContractKindSchema,
      startDate: CalendarDateSchema,
      endDate: CalendarDateSchema,
      autoRenew: z.boolean(),
      renewalTermMonths: z.number().int().min(1).max(120).default(12),
      noticeDays: z.number().int().min(0, { message: 'must be 0 or more days' }).max(3650),
      /** Notice in calendar months instead of days (SPEC §11); noticeDays is then 0 and unused. */
      noticeMonths: NoticeMonthsSchema.optional(),
      noticeShift: NoticeShiftSchema.optional(),
      /** Days after a month's end to claim its service credit (SPEC §12); null: no deadline. */
      claimDays: z.number().int().min(0).max(3650).nullable().default(null),
      annualValue: DecimalSchema,
      currency: CurrencySchema,
      /** '' means the vendor's owner. */
      owner: lineText(rule, TEXT_LIMITS.owner).default(''),
      monthlyFee: DecimalSchema.nullable().default(null),
      creditPercentPerBreach: PercentSchema.nullable().default(null),
      creditCapPercent: PercentSchema.nullable().default(null),
      /** 'ended' only when ended by a command (or imported so); otherwise derived from the dates. */
      status: z.enum(['active', 'ended']).default('active'),
      endedOn: CalendarDateSchema.nullable().default(null),
      /** Business-hours calendar for SLA clocks; null = BUSINESS_HOURS/HOLIDAYS from configuration. */
      calendar: BusinessCalendarSchema.nullable().default(null),
      decisions: z.array(DecisionSchema).default([]),
    })
    .refine((c) => c.endDate > c.startDate, {
      message: 'end date must be after start date',
      path: ['endDate'],
    })
}

export const ContractSchema = contractSchema('typed')
export const StoredContractSchema = contractSchema('stored')
export type Contract = z.infer<typeof ContractSchema>
