// Seventh development set for issue 22, written on 2026-12-07 by an engineer for issue 22 (dev set
// 7) blind, from the job: the author never read the recogniser (src/language, src/parse), the
// phrasing set, the earlier dev sets or the job sets past their format, and ran no plain-language
// line. Written exactly like a held-out set, but it IS used for tuning round 7 (not held out), as
// fresh classes of phrasing the tuners have not seen. Same register, clock and format as the job
// sets (test/language/fixture.ts: Wednesday 2026-11-25 10:30 New York, asker U0NORTH; demo dates
// shifted 328 days, current terms rolled forward). Every expected command was typed explicitly.
// Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 7`.
import type { JobCase, JobExpected, Role } from './job-held-out-set.ts'

const ADATUM = '"Adatum Identity"'
const ALPINE = '"Alpine Ski Hardware"'
const BLUE = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LITWARE = '"Litware Office Suite"'
const LSH = '"Łódź Software House"'
const LUCERNE = '"Lucerne Publishing Tools"'
const MARGIES = '"Margie\'s Travel Desk"'
const MUELLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const TREY = '"Trey Research Labs"'
const VANARSDEL = '"VanArsdel Devices"'
const WOODGROVE = '"Woodgrove Payments"'

const line = (role: Role, text: string, expect: JobExpected): JobCase => ({ role, text, expect })
const fact = (role: Role, text: string, ...pieces: string[]): JobCase => ({
  role,
  text,
  expect: { fact: pieces },
})

export const DEV_SET_7: JobCase[] = [
  // One fact, answered first: contracts managers (ends, notice deadlines, days left, notice periods).
  fact('contracts', 'when does the litware enterprise agreement end', '2027-09-24'),
  fact('contracts', 'litware EA expiry date?', '2027-09-24'),
  fact('contracts', "what's the notice deadline on the blue yonder warehouse mgmt licence", '2026-12-25'),
  fact('contracts', 'last day to give notice on proseware?', '2026-12-24'),
  fact('contracts', 'how many days do we have left to cancel the contoso cloud hosting', '29 days'),
  fact('contracts', 'days left before the mueller colocation notice cutoff', '62 days'),
  fact('contracts', 'notice period for the SGI mainframe deal?', '180 days'),
  fact('contracts', "whats the notce period on humongous's claims platform", '90 days'),
  fact('contracts', 'When is the Fabrikam branch routers contract up?', '2027-04-07'),
  fact('contracts', 'end date of the LSH development team contract', '2027-11-24'),
  fact('contracts', 'by when do we need to tell alpine we arent renewing the laptop lease', '2027-09-26'),
  fact('contracts', 'how long is the notice on the tailspin edr subscription', '90 days'),
  fact('contracts', 'trey research seats - when do they renew', '2027-05-08'),
  fact('contracts', 'datos field engineers contract, when does it run out?', '2027-05-24'),
  fact('contracts', 'notice cutoff for woodgrove fraud screening', '2027-09-25'),
  fact('contracts', 'wingtip managed print notice deadline?', '2026-11-25'),
  fact('contracts', 'how many days till the northwind bi licences notice date', '197 days'),
  // One fact: vendor managers (owners, contacts, ends and notice periods by vendor).
  fact('vendor', 'who owns blue yonder', 'U0EAST'),
  fact('vendor', "who's the owner for the nordlicht account?", 'U0SOUTH'),
  fact('vendor', 'relecloud owner', 'U0WEST'),
  fact('vendor', 'whos responsible for vanarsdel', 'U0NORTH'),
  fact('vendor', 'who is our contact at adatum?', 'success@adatum.example'),
  fact('vendor', 'contact email for litware', 'licensing@litware.example'),
  fact('vendor', "what's nordlicht's contact address", 'b2b@nordlicht.example'),
  fact('vendor', 'who do i email at LSH', 'office@lsh.example'),
  fact('vendor', 'alpine contact?', 'orders@alpine.example'),
  fact('vendor', 'who owns the tailspin incident response retainer', 'U0EAST'),
  fact('vendor', "when does margie's travel desk contract end", '2027-01-22'),
  fact('vendor', 'relecloud observability renewal date', '2027-09-24'),
  fact('vendor', 'how much notice does margies need', '14 days'),
  fact('vendor', 'notice period on vanarsdel mdm licences?', '30 days'),
  fact('vendor', "whens the notice deadline for adatum's workforce sso", '2027-03-25'),
  fact('vendor', 'how long until the humongous notice date', '90 days'),
  fact('vendor', 'fourth coffee room booking end date', '2027-06-24'),
  // One fact: support managers (incident status and breaches, who to call).
  fact('support', 'is INC-0009 resolved yet?', 'INC-0009', 'open'),
  fact('support', 'inc-0006 closed?', 'INC-0006', 'resolved'),
  fact('support', 'has the proseware payslip incident INC-0008 been fixed', 'INC-0008', 'open'),
  fact('support', 'did INC-0001 breach', 'INC-0001', 'breached'),
  fact('support', 'was INC-0005 resolved on time?', 'INC-0005', 'breached'),
  fact('support', 'is inc 0004 still open', 'INC-0004', 'resolved'),
  fact('support', 'status of INC-0010', 'INC-0010', 'open'),
  fact('support', 'did datos breach on INC-0006?', 'INC-0006', 'breached'),
  fact('support', 'INC-0003 resolved?', 'INC-0003', 'resolved'),
  fact('support', 'is the woodgrove card payments incident INC-0007 closed', 'INC-0007', 'resolved'),
  fact('support', 'whos our contact at coho, backups are still failing', 'support@coho.example'),
  fact('support', 'datos escalation contact', 'contratos@datos-sp.example'),
  fact('support', 'who owns the contoso relationship? need to escalate', 'U0NORTH'),
  fact('support', 'when does our contract with nordlicht MPLS end', '2027-01-22'),
  fact('support', 'woodgrove gateway contract end date', '2027-03-24'),
  // One fact: risk managers (a check's status, owners, contacts).
  fact('risk', "is woodgrove's soc 2 current?", 'SOC 2 report'),
  fact('risk', 'is the coho insurance certificate up to date', 'Insurance certificate'),
  fact('risk', "tailspin's pen test still valid?", 'pentest'),
  fact('risk', 'adatum soc2 current?', 'SOC 2 report'),
  fact('risk', 'is the security questionnaire for fabrikam current', 'Security questionnaire'),
  fact('risk', "is mueller's iso27001 in date", 'iso27001'),
  fact('risk', "SGI's SOC 1 - still good?", 'soc1'),
  fact('risk', 'is litware soc 2 ok', 'SOC 2 report'),
  fact('risk', 'who owns proseware? their soc 2 never came in', 'U0NORTH'),
  fact('risk', 'who is the contact at proseware for the questionnaire', 'csm@proseware.example'),
  fact('risk', 'who owns woodgrove', 'U0EAST'),
  fact('risk', 'who is the owner of the datos account', 'U0SOUTH'),
  fact('risk', 'when does the coho backup saas contract end', '2027-10-24'),
  fact('risk', 'notice period on the müller colocation racks', '180 days'),

  // Reads with windows and filters (SPEC §3, §13).
  line('contracts', 'what renews in q1', 'renewals q1'),
  line('contracts', 'renewals this qtr', 'renewals this quarter'),
  line('contracts', 'show me everything coming up next quarter', 'renewals next quarter'),
  line('contracts', 'any notice deadlines this wk?', 'renewals this week'),
  line('contracts', 'contracts expiring in the next 6 weeks', 'renewals next 6 weeks'),
  line('contracts', 'what do we have to decide on by eoy', 'renewals this year'),
  line('contracts', 'renewals worth more than 250k', 'renewals over 250000'),
  line('contracts', 'outsourcing contracts renewing in q2', 'renewals q2 kind outsourcing'),
  line('contracts', 'list licence renewals next 4 months', 'renewals next 4 months kind licence'),
  line('contracts', 'anything up for renewal before 2027-03-01?', 'renewals before 2027-03-01'),
  line('contracts', 'renewls next mo', 'renewals next month'),
  line('contracts', 'which contracts renew by 2027-01-31', 'renewals by 2027-01-31'),
  line('contracts', 'critical vendor renewals this quarter', 'renewals this quarter tier critical'),
  line(
    'contracts',
    'EUR contracts over 100k renewing in the next 6 months',
    'renewals next 6 months over 100000 EUR',
  ),
  line('vendor', 'my renewals this month', 'renewals this month owner me'),
  line('vendor', "U0EAST's renewals next quarter", 'renewals next quarter owner U0EAST'),
  line('vendor', 'high tier renewals in the next 60 days', 'renewals 60 days tier high'),
  line('vendor', 'saas renewals q3', 'renewals q3 kind saas'),
  line('vendor', 'hardware contracts coming up in the next 5 months', 'renewals next 5 months kind hardware'),
  line('vendor', 'list all critical vendors', 'vendors tier critical'),
  line('vendor', 'which vendors does U0SOUTH look after', 'vendors owner U0SOUTH'),
  line('vendor', 'show me the medium tier vendors', 'vendors tier medium'),
  line('vendor', 'renewals with lapsed evidence', 'renewals lapsed'),
  line('vendor', 'support contracts renewing this yr', 'renewals this year kind support'),
  line('vendor', 'tell me abt northwind', `vendor ${NORTHWIND}`),
  line('vendor', 'who changed the litware contract', `history ${LITWARE}`),
  line('vendor', 'renewals over 50k usd in the next 90 days', 'renewals 90 days over 50000 USD'),
  line('support', 'which incidents are still open', 'sla open'),
  line('support', 'open tickets against vendors?', 'sla open'),
  line('support', 'how did datos do on SLAs last month', `sla report ${DATOS} last month`),
  line('support', "contoso's sla report for october", `sla report ${CONTOSO} october`),
  line('support', 'sla credits we havent claimed yet', 'sla claims'),
  line('support', 'what are the woodgrove sla targets', `sla targets ${WOODGROVE}`),
  line('support', 'nordlicht sla performance in november', `sla report ${NORDLICHT} november`),
  line('support', 'what are the response times in the coho contract', `sla targets ${COHO}`),
  line('support', 'whats on this week', 'agenda'),
  line('support', 'show the history of INC-0007', 'history INC-0007'),
  line('support', 'details on inc-0002 pls', 'sla show INC-0002'),
  line('support', 'adatum sla report q4', `sla report ${ADATUM} q4`),
  line('support', 'unclaimed service credits in the next 30 days', 'sla claims 30 days'),
  line('risk', 'which risk checks are due in the next 30 days', 'risk due 30 days'),
  line('risk', 'checks due this month', 'risk due this month'),
  line('risk', 'risk reviews due next qtr', 'risk due next quarter'),
  line('risk', 'vendor reviews coming due in the next 8 weeks', 'risk due next 8 weeks'),
  line('risk', 'any checks due this wk', 'risk due this week'),
  line('risk', 'what assessments are due by eoy?', 'risk due this year'),
  line('risk', "show me datos's risk checks", `risk list ${DATOS}`),
  line('risk', 'list the checks we track for SGI', `risk list ${SGI}`),
  line('risk', 'is tailspin up to date on its risk checks', `risk list ${TAILSPIN}`),
  line(
    'risk',
    'critical renewals with lapsed evidence next quarter',
    'renewals next quarter tier critical lapsed',
  ),
  line('risk', 'renewals in the next 120 days where evidence has lapsed', 'renewals 120 days lapsed'),
  line('risk', 'risk checks due q1', 'risk due q1'),
  line('risk', 'what checks are due in the next 2 months', 'risk due next 2 months'),
  line('risk', 'risk history for proseware', `history ${PROSEWARE}`),

  // Writes stated in words: every value the user gave is in the expected command.
  line(
    'contracts',
    'we renewed the litware EA until 2028-09-30 at 425k',
    `contract renew ${LITWARE} "Enterprise agreement" end 2028-09-30 value 425000 USD`,
  ),
  line(
    'contracts',
    'signed the adatum privileged access renewal thru 2028-03-08, 44,500 usd, 60 days notice',
    `contract renew ${ADATUM} "Privileged access" end 2028-03-08 value 44500 USD notice 60 days`,
  ),
  line(
    'contracts',
    'blue yonder WMS support is renewed to 2028-04-24',
    `contract renew ${BLUE} "WMS support" end 2028-04-24`,
  ),
  line(
    'contracts',
    "we're not renewing the fabrikam branch routers",
    `contract end ${FABRIKAM} "Branch routers" on 2027-04-07`,
  ),
  line(
    'contracts',
    'we cancelled the nordlicht mobile fleet contract',
    `contract end ${NORDLICHT} "Mobile fleet" on 2027-08-24`,
  ),
  line(
    'contracts',
    "we gave margie's notice, the travel booking ends at the end of its term",
    `contract end ${MARGIES} "Travel booking" on 2027-01-22`,
  ),
  line(
    'contracts',
    'renewed trey test automation seats to 2028-05-08 for 10,400',
    `contract renew ${TREY} "Test automation seats" end 2028-05-08 value 10400 USD`,
  ),
  line(
    'contracts',
    'we signed a new SGI mainframe term through 2029-12-31 at 1.9m eur with 180 days notice',
    `contract renew ${SGI} "Mainframe outsourcing" end 2029-12-31 value 1900000 EUR notice 180 days`,
  ),
  line('contracts', 'we renewed the contoso hosting contract', { incomplete: 'contract renew' }),
  line('vendor', 'make fabrikam a critical vendor', `vendor edit ${FABRIKAM} tier critical`),
  line(
    'vendor',
    "northwind's new contact email is renewals@northwind.example",
    `vendor edit ${NORTHWIND} email renewals@northwind.example`,
  ),
  line(
    'vendor',
    'relecloud should be owned by U0NORTH from now on',
    `vendor edit ${RELECLOUD} owner U0NORTH`,
  ),
  line('vendor', "remove lucerne from the register, we don't use them any more", `vendor remove ${LUCERNE}`),
  line('vendor', 'bump alpine to high tier', `vendor edit ${ALPINE} tier high`),
  line('vendor', 'pls change the owner of humongous to U0EAST', `vendor edit ${HUMONGOUS} owner U0EAST`),
  line(
    'vendor',
    'we renewed relecloud observability to 2028-09-24 for 70k with 60 days notice',
    `contract renew ${RELECLOUD} "Observability platform" end 2028-09-24 value 70000 USD notice 60 days`,
  ),
  line(
    'vendor',
    "vanarsdel's rugged tablets won't be renewed",
    `contract end ${VANARSDEL} "Rugged tablets" on 2027-08-24`,
  ),
  line(
    'vendor',
    'LSH dev team extended to 2028-12-31 at 600000 PLN',
    `contract renew ${LSH} "Development team" end 2028-12-31 value 600000 PLN`,
  ),
  line('vendor', 'we renewed fabrikam', { incomplete: 'contract renew' }),
  line('vendor', 'do the same for woodgrove as last time', 'unsure'),
  line(
    'support',
    'log a P2 for datos: chat channel down since 8:15',
    `sla log ${DATOS} P2 chat channel down started 2026-11-25 08:15`,
  ),
  line('support', 'coho finally responded on INC-0009 at 9:50', 'sla respond INC-0009 at 2026-11-25 09:50'),
  line('support', 'INC-0008 was fixed yesterday at 4pm', 'sla resolve INC-0008 at 2026-11-24 16:00'),
  line('support', 'inc-0010 resolved at 10:05', 'sla resolve INC-0010 at 2026-11-25 10:05'),
  line(
    'support',
    'open a p1 against woodgrove: card payments failing since 7:30',
    `sla log ${WOODGROVE} P1 card payments failing started 2026-11-25 07:30`,
  ),
  line(
    'support',
    'raise a P2 for müller: cooling alarm in hall B started 6:45',
    `sla log ${MUELLER} P2 cooling alarm in hall B started 2026-11-25 06:45`,
  ),
  line(
    'support',
    'nordlicht P1: branch link flapping, started 9:40',
    `sla log ${NORDLICHT} P1 branch link flapping started 2026-11-25 09:40`,
  ),
  line('support', 'the coho backup outage ended at 10:10', 'sla resolve INC-0009 at 2026-11-25 10:10'),
  line(
    'support',
    'sev 2 for adatum: MFA prompts looping for remote staff since 9:20',
    `sla log ${ADATUM} P2 MFA prompts looping for remote staff started 2026-11-25 09:20`,
  ),
  line(
    'support',
    'log a P3 for contoso: storage latency in the backup region since 10:00',
    `sla log ${CONTOSO} P3 storage latency in the backup region started 2026-11-25 10:00`,
  ),
  line('support', 'log an incident', { incomplete: 'sla log' }),
  line(
    'risk',
    "proseware's security questionnaire came back yesterday",
    `risk done ${PROSEWARE} questionnaire on 2026-11-24`,
  ),
  line('risk', 'datos insurance cert received 2026-11-23', `risk done ${DATOS} insurance on 2026-11-23`),
  line('risk', 'tailspin pen test done last friday', `risk done ${TAILSPIN} pentest on 2026-11-20`),
  line('risk', 'add a pentest for woodgrove every 180 days', `risk add ${WOODGROVE} pentest every 180 days`),
  line('risk', "we don't need the soc1 from SGI anymore, stop tracking it", `risk remove ${SGI} soc1`),
  line(
    'risk',
    'track a yearly financial review for LSH (every 365 days)',
    `risk add ${LSH} financial every 365 days`,
  ),
  line(
    'risk',
    "margie's adverse media review done on monday",
    `risk done ${MARGIES} adverse_media on 2026-11-23`,
  ),
  line('risk', 'woodgrove pci dss aoc received 2026-11-18', `risk done ${WOODGROVE} pci_dss on 2026-11-18`),
  line('risk', 'contoso sent their soc 2 report on 11/24', `risk done ${CONTOSO} soc2 on 2026-11-24`),
  line(
    'risk',
    'coho adverse media review came in last friday',
    `risk done ${COHO} adverse_media on 2026-11-20`,
  ),
  line(
    'risk',
    'change the adatum questionnaire cadence to every 180 days',
    `risk add ${ADATUM} questionnaire every 180 days`,
  ),
  line('risk', 'mark a check as done', { incomplete: 'risk done' }),

  // Off-topic.
  line('contracts', "what's the weather in boston today", 'unknown'),
  line('vendor', 'book me a flight to chicago next tuesday', 'unknown'),
  line('support', 'tell me a joke', 'unknown'),
  line('risk', 'who won the game last night', 'unknown'),
  line('vendor', 'order lunch for the team', 'unknown'),
]
