import { z } from 'zod'
import { CalendarDateSchema } from '../time/calendar-date.ts'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** Opening hours in TICKLER_TIMEZONE: ISO weekdays (1 = Monday) and one daily window. */
export const BusinessCalendarSchema = z
  .object({
    weekdays: z.array(z.number().int().min(1).max(7)).min(1),
    opens: z.string().regex(TIME, { message: 'must be HH:MM' }),
    closes: z.string().regex(TIME, { message: 'must be HH:MM' }),
    holidays: z.array(CalendarDateSchema).default([]),
  })
  .refine((c) => c.opens < c.closes, {
    message: 'opening time must be before closing time',
    path: ['closes'],
  })
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>
