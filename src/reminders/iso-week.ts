// ISO 8601 week labels ('2027-W03') and the Monday of a date's week, on plain calendar dates.
import { addDays, type CalendarDate, toDayNumber, weekday, yearOf } from '../time/calendar-date.ts'

export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - weekday(date))
}

export function isoWeek(date: CalendarDate): string {
  // The ISO year is the year of the week's Thursday; week 1 holds the year's first Thursday.
  const thursday = addDays(date, 4 - weekday(date))
  const year = yearOf(thursday)
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(`${year}-01-01`)) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}
