// Development set for issue 22, written by the engineer tuning the recogniser (not held out): new
// phrasings from the four roles, with typos, abbreviations, possessives, questions and
// imperatives, over facts first, windows (SPEC §3), filters (SPEC §13), the read-like fallback
// (SPEC §4.1), writes stated in words, and questions that must never be proposed as writes. Same
// register, clock and format as the job held-out set (test/language/fixture.ts; dates shifted
// 328 days by loadDemo, current terms rolled forward). Score: `node bin/run-ts.mjs
// test/language/print-dev-score.ts`.
import type { JobCase } from './job-held-out-set.ts'

const T = '"Tailspin Security"'
const W = '"Woodgrove Payments"'
const COHO = '"Coho Backup"'

export const DEV_SET: JobCase[] = [
  // One fact, answered first.
  {
    role: 'contracts',
    text: 'when does the tailspin edr subscription end?',
    expect: { fact: ['2027-08-24'] },
  },
  { role: 'contracts', text: 'tailspin edr renewal date', expect: { fact: ['2027-08-24'] } },
  {
    role: 'contracts',
    text: 'end date for the alpine laptop leasing contract',
    expect: { fact: ['2027-12-25'] },
  },
  {
    role: 'contracts',
    text: 'hey whens the notice deadline on blue yonder wms support',
    expect: { fact: ['WMS support', '2027-02-23'] },
  },
  {
    role: 'contracts',
    text: 'days left to give notice on the litware ea',
    expect: { fact: ['days left', '2027-09-24'] },
  },
  {
    role: 'contracts',
    text: 'how many days until the vanarsdel rugged tablets contract ends',
    expect: { fact: ['272 days', '2027-08-24'] },
  },
  {
    role: 'contracts',
    text: 'remind me when the northwind bi licences renew',
    expect: { fact: ['2027-07-25'] },
  },
  {
    role: 'contracts',
    text: 'can we still cancel the proseware contract?',
    expect: { fact: ['notice deadline 2026-12-24'] },
  },
  {
    role: 'vendor',
    text: 'notice period on the colocation racks contract at müller',
    expect: { fact: ['180 days'] },
  },
  { role: 'vendor', text: 'whats the notice period for trey', expect: { fact: ['30 days'] } },
  {
    role: 'contracts',
    text: 'i need to know when the relecloud contract expires',
    expect: { fact: ['2027-09-24'] },
  },
  {
    role: 'contracts',
    text: "time left on woodgrove's payment gateway contract",
    expect: { fact: ['2027-03-24'] },
  },
  {
    role: 'contracts',
    text: 'weeks until the humongous claims platform renews',
    expect: { fact: ['2027-05-24'] },
  },
  {
    role: 'contracts',
    text: 'did we renew the fabrikam switch maintenance contract?',
    expect: { fact: ['2027-01-22'] },
  },
  {
    role: 'contracts',
    text: 'days until the woodgrove fraud screening contract ends',
    expect: { fact: ['2027-11-24'] },
  },
  {
    role: 'contracts',
    text: 'how long until we can cancel the proseware hr contract',
    expect: { fact: ['2026-12-24'] },
  },
  { role: 'vendor', text: "who's responsible for alpine?", expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'owner of the lsh relationship', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'who manages vanarsdel', expect: { fact: ['U0NORTH'] } },
  {
    role: 'vendor',
    text: 'email for the tailspin account manager',
    expect: { fact: ['renewals@tailspin.example'] },
  },
  { role: 'vendor', text: 'who should i call at nordlicht', expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'relecloud contact?', expect: { fact: ['Relecloud', 'no contact'] } },
  { role: 'risk', text: "is tailspin's pen test still valid?", expect: { fact: ['current', '2027-01-08'] } },
  {
    role: 'risk',
    text: 'has woodgrove sent their insurance cert yet',
    expect: { fact: ['insurance', '2026-08-29'] },
  },
  { role: 'risk', text: 'anything late for sgi?', expect: { fact: ['overdue'] } },
  { role: 'risk', text: 'whats outstanding for the datos account', expect: { fact: ['Datos', 'overdue'] } },
  { role: 'support', text: 'has INC-0003 been closed?', expect: { fact: ['INC-0003', 'resolved'] } },
  { role: 'support', text: 'did inc-0005 miss its sla', expect: { fact: ['INC-0005', 'breached'] } },
  { role: 'support', text: 'is ticket 9 resolved yet', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'inc-0006 status?', expect: { fact: ['INC-0006'] } },
  { role: 'support', text: 'has INC-0009 been responded to', expect: { fact: ['INC-0009'] } },
  {
    role: 'risk',
    text: 'was the datos questionnaire done?',
    expect: { fact: ['questionnaire', '2026-08-24'] },
  },

  // Windows (SPEC §3).
  { role: 'contracts', text: "what's coming up for renewal this month", expect: 'renewals this month' },
  { role: 'contracts', text: 'contracts expiring before 2027-03-01', expect: 'renewals before 2027-03-01' },
  { role: 'contracts', text: 'notice dates by 2027-01-31', expect: 'renewals by 2027-01-31' },
  { role: 'contracts', text: 'renewals in the next 4 mos', expect: 'renewals next 4 months' },
  { role: 'contracts', text: 'what expires next qtr', expect: 'renewals next quarter' },
  { role: 'vendor', text: 'anything renewing in q3?', expect: 'renewals Q3 2027' },
  { role: 'contracts', text: 'deadlines over the next 45 days', expect: 'renewals next 45 days' },
  { role: 'risk', text: 'risk reviews coming due next month', expect: 'risk due next month' },
  { role: 'risk', text: 'which assessments are due this wk', expect: 'risk due this week' },
  { role: 'risk', text: 'overdue vendor checks', expect: 'risk due overdue' },
  { role: 'contracts', text: "what's expiring by the end of the year", expect: 'renewals this year' },
  { role: 'risk', text: 'supplier reviews due in the next 3 months', expect: 'risk due next 3 months' },

  // Filters (SPEC §13).
  {
    role: 'contracts',
    text: 'my contracts renewing this qtr',
    expect: 'renewals this quarter owner U0NORTH',
  },
  {
    role: 'contracts',
    text: 'critical vendor renewals in the next 60 days',
    expect: 'renewals next 60 days tier critical',
  },
  { role: 'contracts', text: 'hardware renewals next yr', expect: 'renewals next year kind hardware' },
  { role: 'contracts', text: 'renewals above 250k', expect: 'renewals over 250000' },
  {
    role: 'contracts',
    text: 'outsourcing contracts up for renewal over 1m eur',
    expect: 'renewals kind outsourcing over 1000000 EUR',
  },
  { role: 'risk', text: 'which renewals have lapsed evidence', expect: 'renewals lapsed' },
  { role: 'vendor', text: 'renewals owned by U0SOUTH this year', expect: 'renewals this year owner U0SOUTH' },
  {
    role: 'vendor',
    text: 'show me high tier renewals for the next 6 months',
    expect: 'renewals next 6 months tier high',
  },
  {
    role: 'contracts',
    text: 'licence renewals worth over £40k',
    expect: 'renewals kind licence over 40000 GBP',
  },

  // Read-like lines starting with a command word (SPEC §4.1 fallback).
  { role: 'contracts', text: 'renewals for my vendors', expect: 'renewals owner U0NORTH' },
  { role: 'vendor', text: 'vendors that are critical', expect: 'vendors tier critical' },
  { role: 'risk', text: 'risk checks for tailspin', expect: `risk list ${T}` },
  {
    role: 'support',
    text: 'sla performance for contoso last month',
    expect: 'sla report "Contoso Cloud Services" last month',
  },
  { role: 'contracts', text: 'agenda for this week pls', expect: 'agenda' },
  {
    role: 'contracts',
    text: 'renewals for high tier vendors next qtr',
    expect: 'renewals next quarter tier high',
  },

  // Writes stated in words: every value carried, the contract by vendor and title.
  {
    role: 'contracts',
    text: 'we renewed the tailspin edr subscription through 2029-09-30 at 140k',
    expect: `contract renew ${T} "EDR subscription" end 2029-09-30 value 140000 USD`,
  },
  {
    role: 'contracts',
    text: 'cancel the vanarsdel mdm licences contract',
    expect: 'contract end "VanArsdel Devices" "MDM licences" on 2027-07-08',
  },
  {
    role: 'contracts',
    text: "we've decided not to renew the room booking contract with fourth coffee",
    expect: 'contract end "Fourth Coffee Facilities IT" "Room booking" on 2027-06-24',
  },
  {
    role: 'contracts',
    text: 'northwind bi licences renewed until 2028-08-31 for 60k gbp',
    expect: 'contract renew "Northwind Analytics" "BI platform licences" end 2028-08-31 value 60000 GBP',
  },
  {
    role: 'contracts',
    text: 'adatum privileged access extended to 2028-04-14, now 45k usd, 60 days notice',
    expect:
      'contract renew "Adatum Identity" "Privileged access" end 2028-04-14 value 45000 USD notice 60 days',
  },
  { role: 'risk', text: "mark tailspin's pen test as done", expect: `risk done ${T} pentest` },
  {
    role: 'risk',
    text: 'coho sent the soc2 report yesterday',
    expect: `risk done ${COHO} soc2 on 2026-11-24`,
  },
  {
    role: 'support',
    text: 'log a p1 against woodgrove: card payments failing',
    expect: `sla log ${W} P1 card payments failing`,
  },
  { role: 'support', text: 'INC-0009 fixed at 11:20', expect: 'sla resolve INC-0009 at 2026-11-25 11:20' },
  { role: 'support', text: 'stop posting incident alerts here', expect: 'unsubscribe incidents' },
  { role: 'vendor', text: 'set tailspin tier to high', expect: `vendor edit ${T} tier high` },

  // Out of scope.
  { role: 'vendor', text: 'order more toner for the printers', expect: 'unknown' },
  { role: 'contracts', text: 'translate this into french', expect: 'unknown' },
]
