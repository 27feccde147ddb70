// Ninth development set for issue 22, written by the engineer tuning round 7's WRITE lines BEFORE
// any fix: for each class of write still missed after round 6 (job sets 8, 9, 11, dev sets 3, 4 and
// 7), about ten other ways the four roles say that class, with typos, abbreviations, possessives,
// statements and questions, so the fix is for the class and not for the lines. Not held out. Same
// register, clock and format as the job sets (test/language/fixture.ts: Wednesday 2026-11-25 10:30
// New York, asker U0NORTH; current terms rolled forward). A proposal is judged by the command it
// would run, a stored change of any kind before Confirm is a wrong write (answer-score.ts).
// Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 9`.
import type { JobCase, JobExpected, Role } from './job-held-out-set.ts'

const ALPINE = '"Alpine Ski Hardware"'
const ADATUM = '"Adatum Identity"'
const BLUE = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const FOURTH = '"Fourth Coffee Facilities IT"'
const GDI = '"Graphic Design Institute Fonts"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LITWARE = '"Litware Office Suite"'
const MUELLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const TAILSPIN = '"Tailspin Security"'
const TREY = '"Trey Research Labs"'
const VANARSDEL = '"VanArsdel Devices"'
const WINGTIP = '"Wingtip Print Services"'
const WOODGROVE = '"Woodgrove Payments"'

const line = (role: Role, text: string, expect: JobExpected): JobCase => ({ role, text, expect })

/** A contract's notice, owner, value or end date changed in words: contract edit, by vendor and title. */
const CONTRACT_EDITS: JobCase[] = [
  line(
    'contracts',
    'bump the litware notice to 120 days',
    `contract edit ${LITWARE} "Enterprise agreement" notice 120 days`,
  ),
  line(
    'vendor',
    'U0WEST owns the coho backup saas contract now',
    `contract edit ${COHO} "Backup SaaS" owner U0WEST`,
  ),
  line(
    'contracts',
    'change the notice period on the proseware payroll contract to 60 days',
    `contract edit ${PROSEWARE} "HR and payroll" notice 60 days`,
  ),
  line(
    'contracts',
    'nordlicht mpls value is now 330k eur',
    `contract edit ${NORDLICHT} "MPLS network" value 330000 EUR`,
  ),
  line(
    'vendor',
    'the adatum privileged access contract should be owned by U0SOUTH',
    `contract edit ${ADATUM} "Privileged access" owner U0SOUTH`,
  ),
  line(
    'contracts',
    'move the end date of the alpine desktop maintenance to 2027-03-31',
    `contract edit ${ALPINE} "Desktop maintenance" end 2027-03-31`,
  ),
  line(
    'contracts',
    'fabrikam branch routers notice period should be 45 days',
    `contract edit ${FABRIKAM} "Branch routers" notice 45 days`,
  ),
  line(
    'contracts',
    'set tailspin edr annual value to 140,000 usd',
    `contract edit ${TAILSPIN} "EDR subscription" value 140000 USD`,
  ),
  line(
    'vendor',
    'datos field engineers contract owner is U0EAST now',
    `contract edit ${DATOS} "Field engineers" owner U0EAST`,
  ),
  line(
    'contracts',
    "woodgrove's payment gateway notice is now 90 days",
    `contract edit ${WOODGROVE} "Payment gateway" notice 90 days`,
  ),
  line(
    'contracts',
    'pls update the vanarsdel mdm licences value to 23k',
    `contract edit ${VANARSDEL} "MDM licences" value 23000 USD`,
  ),
  line(
    'contracts',
    'the humongous claims platform end date is 2027-06-30 now',
    `contract edit ${HUMONGOUS} "Claims platform" end 2027-06-30`,
  ),
  line(
    'vendor',
    'make U0SOUTH the owner of the relecloud observability contract',
    `contract edit ${RELECLOUD} "Observability platform" owner U0SOUTH`,
  ),
  line('contracts', 'update the notice period on the litware contract', { incomplete: 'contract edit' }),
  line('contracts', 'change the contract owner', { incomplete: 'contract edit' }),
]

/** A write with nothing named: which value is missing and the right form, nothing stored. */
const NOTHING_NAMED: JobCase[] = [
  line('support', 'pls resolve the incident', { incomplete: 'sla resolve' }),
  line('support', 'log a p1', { incomplete: 'sla log' }),
  line('support', 'close the ticket', { incomplete: 'sla resolve' }),
  line('support', 'mark the incident as responded', { incomplete: 'sla respond' }),
  line('support', 'raise a p2 incident', { incomplete: 'sla log' }),
  line('support', 'the incident is fixed', { incomplete: 'sla resolve' }),
  line('risk', 'record the soc2 as done', { incomplete: 'risk done' }),
  line('risk', 'log the insurance check', { incomplete: 'risk done' }),
  line('risk', 'questionnaire came back, log it', { incomplete: 'risk done' }),
  line('risk', 'add a soc2 check', { incomplete: 'risk add' }),
  line('vendor', 'change the tier to high', { incomplete: 'vendor edit' }),
  line('contracts', 'renew the contract until 2028-01-31', { incomplete: 'contract renew' }),
  line('contracts', 'cancel the contract', { incomplete: 'contract end' }),
  line('risk', 'tick off the pen test check', { incomplete: 'risk done' }),
]

/** A contract ended in other words: the end of its current term is proposed; a question is no write. */
const ENDED_IN_WORDS: JobCase[] = [
  line('contracts', 'we dropped wingtip', `contract end ${WINGTIP} "Managed print" on 2026-12-25`),
  line(
    'contracts',
    "we're not renewing the alpine desktop maintenance",
    `contract end ${ALPINE} "Desktop maintenance" on 2027-02-22`,
  ),
  line(
    'contracts',
    'let the vanarsdel mdm licences lapse',
    `contract end ${VANARSDEL} "MDM licences" on 2027-07-08`,
  ),
  line(
    'contracts',
    'dropped the trey test automation seats',
    `contract end ${TREY} "Test automation seats" on 2027-05-08`,
  ),
  line(
    'vendor',
    "we're walking away from the fourth coffee room booking",
    `contract end ${FOURTH} "Room booking" on 2027-06-24`,
  ),
  line(
    'contracts',
    'not gonna renew northwind bi licences',
    `contract end ${NORTHWIND} "BI platform licences" on 2027-07-25`,
  ),
  line(
    'contracts',
    'ditching the müller cross connects',
    `contract end ${MUELLER} "Cross connects" on 2027-07-25`,
  ),
  line(
    'contracts',
    'we decided to drop the blue yonder wms support',
    `contract end ${BLUE} "WMS support" on 2027-04-24`,
  ),
  line(
    'contracts',
    "gdi font licences - we're letting them expire",
    `contract end ${GDI} "Font licences" on 2027-11-24`,
  ),
  line(
    'contracts',
    'pulling the plug on woodgrove fraud screening',
    `contract end ${WOODGROVE} "Fraud screening" on 2027-11-24`,
  ),
  line(
    'contracts',
    "we won't be continuing with the contoso premier support",
    `contract end ${CONTOSO} "Premier support" on 2027-05-24`,
  ),
  line(
    'vendor',
    "we're killing the relecloud contract at term end",
    `contract end ${RELECLOUD} "Observability platform" on 2027-09-24`,
  ),
  line('contracts', "by when must we tell nordlicht we're not renewing the mobile fleet", {
    fact: ['2027-06-25'],
  }),
  line('contracts', "when's the last day to tell coho we're dropping the appliances", {
    fact: ['2027-07-26'],
  }),
]

/** An open incident's end told as a statement: resolved at that time; asked, its state. */
const INCIDENT_ENDED: JobCase[] = [
  line('support', 'INC-0008 is over as of 10:05', 'sla resolve INC-0008 at 2026-11-25 10:05'),
  line(
    'support',
    'inc-0010 finished at 9:15, phones staffed again',
    'sla resolve INC-0010 at 2026-11-25 09:15',
  ),
  line('support', 'the INC-0009 backup failures ended at 08:50', 'sla resolve INC-0009 at 2026-11-25 08:50'),
  line(
    'support',
    'INC-0008 stopped at 9:00, payslips are showing now',
    'sla resolve INC-0008 at 2026-11-25 09:00',
  ),
  line('support', 'INC-0010 was over by 8:45', 'sla resolve INC-0010 at 2026-11-25 08:45'),
  line('support', 'INC-0009 ended yesterday at 17:00', 'sla resolve INC-0009 at 2026-11-24 17:00'),
  line('support', 'INC-0008 recovered at 6am', 'sla resolve INC-0008 at 2026-11-25 06:00'),
  line('support', 'INC-0010 cleared at 9:20', 'sla resolve INC-0010 at 2026-11-25 09:20'),
  line('support', 'the proseware payslip problem ended at 10:00', 'sla resolve INC-0008 at 2026-11-25 10:00'),
  line('support', 'datos phone queue issue was over at 7:30', 'sla resolve INC-0010 at 2026-11-25 07:30'),
  line('support', "coho's backup failures stopped at 9:50", 'sla resolve INC-0009 at 2026-11-25 09:50'),
  line('support', "INC-0009's outage is over since 10:20", 'sla resolve INC-0009 at 2026-11-25 10:20'),
  line('support', 'has INC-0009 ended?', { fact: ['INC-0009', 'open'] }),
  line('support', 'did the proseware payslip incident end yet', { fact: ['INC-0008', 'open'] }),
]

/** A renewal whose new value is written with its currency code first ("usd 64,000"). */
const CODE_FIRST: JobCase[] = [
  line(
    'contracts',
    'woodgrove payment gateway renewed until 2028-03-24, usd 160,000',
    `contract renew ${WOODGROVE} "Payment gateway" end 2028-03-24 value 160000 USD`,
  ),
  line(
    'contracts',
    'datos service desk extended to 2028-01-22 for brl 1,250,000',
    `contract renew ${DATOS} "Service desk" end 2028-01-22 value 1250000 BRL`,
  ),
  line(
    'contracts',
    'renewed the contoso premier support till 2028-05-24 - eur 50,000',
    `contract renew ${CONTOSO} "Premier support" end 2028-05-24 value 50000 EUR`,
  ),
  line(
    'contracts',
    'alpine laptop leasing renewed through 2028-12-25 at chf 290k',
    `contract renew ${ALPINE} "Laptop leasing" end 2028-12-25 value 290000 CHF`,
  ),
  line(
    'contracts',
    'nordlicht mpls renewed to 2028-01-22, EUR 320,000, 90 days notice',
    `contract renew ${NORDLICHT} "MPLS network" end 2028-01-22 value 320000 EUR notice 90 days`,
  ),
]

export const DEV_SET_9: JobCase[] = [
  ...CONTRACT_EDITS,
  ...NOTHING_NAMED,
  ...ENDED_IN_WORDS,
  ...INCIDENT_ENDED,
  ...CODE_FIRST,
]
