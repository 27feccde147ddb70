// The phrasing set: real-sounding lines and the exact command each must map to, against the demo
// register (test/language/fixture.ts: 2026-11-25 10:30 in New York, asker U0NORTH). Typos,
// possessives, politeness and dates in words on purpose. `unknown` = Tickler must say it can't
// help; `unsure` = it must ask rather than guess; `{ incomplete }` = it must name what is missing.

export type Expected = string | 'unknown' | 'unsure' | { incomplete: string }

export interface PhrasingCase {
  text: string
  expect: Expected
}

const C = '"Contoso Cloud Services"'
const F = '"Fabrikam Networks"'
const SGI = '"Société Générale Informatique"'
const T = '"Tailspin Security"'
const W = '"Woodgrove Payments"'
const P = '"Proseware HR"'
const D = '"Datos São Paulo Serviços"'
const A = '"Adatum Identity"'
const N = '"Nordlicht Telekom"'
const COHO = '"Coho Backup"'
const M = '"Müller & Söhne Rechenzentrum"'

export const PHRASING_SET: PhrasingCase[] = [
  // help
  { text: 'what can you do?', expect: 'help' },
  { text: 'help me please', expect: 'help' },
  { text: 'how do I use this thing', expect: 'help' },
  { text: 'hi tickler, what commands are there?', expect: 'help' },
  { text: 'hello', expect: 'help' },

  // vendor card
  { text: 'tell me about Contoso', expect: `vendor ${C}` },
  { text: "who's our contact at Fabrikam?", expect: `vendor ${F}` },
  { text: 'Contoso details please', expect: `vendor ${C}` },
  { text: 'show me the tailspin vendor card', expect: `vendor ${T}` },
  { text: 'info on Woodgrove', expect: `vendor ${W}` },
  { text: 'what do we know about Société Générale Informatique', expect: `vendor ${SGI}` },
  { text: 'who owns the Proseware relationship?', expect: `vendor ${P}` },
  { text: 'tell me about contsoo', expect: `vendor ${C}` },
  { text: 'details for Fabrikm Networks', expect: `vendor ${F}` },
  { text: "what's the email for Datos?", expect: `vendor ${D}` },
  { text: 'look up adatum', expect: `vendor ${A}` },
  { text: 'who is the account manager for Nordlicht', expect: `vendor ${N}` },
  { text: "Coho Backup's profile", expect: `vendor ${COHO}` },
  { text: 'tell me about mueller', expect: `vendor ${M}` },
  { text: 'can you tell me something about Northwind Analytics', expect: 'vendor "Northwind Analytics"' },

  // vendors
  { text: 'list our vendors', expect: 'vendors' },
  { text: 'which vendors are critical?', expect: 'vendors tier critical' },
  { text: 'show me all our suppliers', expect: 'vendors' },
  { text: 'vendors I own', expect: 'vendors owner U0NORTH' },
  { text: 'which suppliers are high tier', expect: 'vendors tier high' },
  { text: 'list the low tier vendors please', expect: 'vendors tier low' },
  { text: 'who are our critical suppliers', expect: 'vendors tier critical' },
  { text: 'which vendors does U0EAST own?', expect: 'vendors owner U0EAST' },
  { text: 'how many vendors do we have', expect: 'vendors' },
  { text: 'show me the medium tier providers', expect: 'vendors tier medium' },

  // renewals
  { text: 'what renews soon?', expect: 'renewals' },
  { text: 'upcoming renewals', expect: 'renewals' },
  { text: 'which contracts renew next month', expect: 'renewals next month' },
  { text: 'notice deadlines this quarter', expect: 'renewals this quarter' },
  { text: 'what is expiring in the next 30 days?', expect: 'renewals next 30 days' },
  { text: 'any contracts expiring before March 31?', expect: 'renewals before 2027-03-31' },
  { text: 'renewals coming up in the next two weeks', expect: 'renewals next 2 weeks' },
  { text: 'which notice periods end this month', expect: 'renewals this month' },
  { text: 'show me contracts up for renewal this year', expect: 'renewals this year' },
  { text: 'what auto-renews in the next 60 days', expect: 'renewals next 60 days' },
  { text: 'renewls next quarter', expect: 'renewals next quarter' },
  { text: 'what contracts are ending by the end of the year?', expect: 'renewals this year' },
  { text: 'which notice deadlines fall this week', expect: 'renewals this week' },
  { text: 'contracts that expire within 90 days', expect: 'renewals next 90 days' },
  { text: 'please show upcoming notice deadlines', expect: 'renewals' },
  {
    text: 'what do we need to cancel or renegotiate before January 15',
    expect: 'renewals before 2027-01-15',
  },
  { text: 'anything renewing by December 31?', expect: 'renewals by 2026-12-31' },
  { text: 'contract renewals in the next six months', expect: 'renewals next 6 months' },
  { text: 'which contracts expire next quarter?', expect: 'renewals next quarter' },
  { text: 'what is up for renewal soon', expect: 'renewals' },

  // agenda
  { text: "what's on this week?", expect: 'agenda' },
  { text: 'my week', expect: 'agenda' },
  { text: "what's on my plate", expect: 'agenda' },
  { text: 'what should I focus on this week', expect: 'agenda' },
  { text: 'give me my agenda please', expect: 'agenda' },
  { text: 'anything I need to worry about this week?', expect: 'agenda' },
  { text: 'weekly briefing', expect: 'agenda' },

  // risk due
  { text: 'which risk checks are due?', expect: 'risk due' },
  { text: 'what checks are overdue', expect: 'risk due overdue' },
  { text: 'overdue soc2 reports', expect: 'risk due overdue' },
  { text: 'any risk reviews due in the next 60 days?', expect: 'risk due next 60 days' },
  { text: 'which vendor checks are late?', expect: 'risk due overdue' },
  { text: 'what compliance checks are coming due this month', expect: 'risk due this month' },
  { text: 'are any insurance certificates overdue?', expect: 'risk due overdue' },
  { text: 'risk checks due next quarter', expect: 'risk due next quarter' },
  { text: 'show me lapsed risk checks', expect: 'risk due overdue' },
  { text: 'which due diligence checks are due soon', expect: 'risk due' },

  // risk list
  { text: 'what risk checks does Contoso have?', expect: `risk list ${C}` },
  { text: 'contoso risk status', expect: `risk list ${C}` },
  { text: "Woodgrove's risk checks", expect: `risk list ${W}` },
  { text: 'is Datos up to date on its risk checks?', expect: `risk list ${D}` },
  { text: "show me Tailspin's compliance status", expect: `risk list ${T}` },
  { text: 'which checks do we track for Proseware', expect: `risk list ${P}` },
  { text: 'risk posture of SGI', expect: `risk list ${SGI}` },
  { text: 'are any of Contoso’s checks overdue?', expect: `risk list ${C}` },

  // risk done (writes)
  { text: 'we got the soc2 report from Contoso', expect: `risk done ${C} soc2` },
  { text: "Contoso's SOC 2 report came in yesterday", expect: `risk done ${C} soc2 on 2026-11-24` },
  { text: 'mark the insurance check for Datos as done', expect: `risk done ${D} insurance` },
  {
    text: 'Woodgrove sent their insurance certificate on Monday',
    expect: `risk done ${W} insurance on 2026-11-23`,
  },
  { text: 'Proseware completed the security questionnaire', expect: `risk done ${P} questionnaire` },
  { text: 'adverse media check done for SGI', expect: `risk done ${SGI} adverse_media` },
  {
    text: 'received the pentest report from Tailspin last Friday',
    expect: `risk done ${T} pentest on 2026-11-20`,
  },
  { text: 'please mark Contoso adverse media as completed', expect: `risk done ${C} adverse_media` },
  {
    text: 'we reviewed the financials for Société Générale on November 20',
    expect: `risk done ${SGI} financial on 2026-11-20`,
  },
  { text: 'Proseware’s soc 2 type ii report arrived today', expect: `risk done ${P} soc2` },
  { text: 'Woodgrove PCI DSS attestation received', expect: `risk done ${W} pci_dss` },
  { text: 'tick off the contoso questionnaire', expect: `risk done ${C} questionnaire` },

  // risk add (writes)
  { text: 'start tracking a pentest for Contoso every year', expect: `risk add ${C} pentest every 365 days` },
  { text: 'add a soc1 check for Fabrikam', expect: `risk add ${F} soc1` },
  {
    text: 'we need to track insurance for Northwind Analytics every 180 days',
    expect: 'risk add "Northwind Analytics" insurance every 180 days',
  },
  { text: 'add a financial review for Datos, quarterly', expect: `risk add ${D} financial every 90 days` },
  { text: 'set up a soc2 check for Coho every 90 days', expect: `risk add ${COHO} soc2 every 90 days` },

  // risk remove (writes)
  { text: 'stop tracking the soc1 check for SGI', expect: `risk remove ${SGI} soc1` },
  { text: 'we no longer need the insurance check for Woodgrove', expect: `risk remove ${W} insurance` },
  { text: "remove Tailspin's pentest check", expect: `risk remove ${T} pentest` },
  { text: 'drop the questionnaire for Proseware', expect: `risk remove ${P} questionnaire` },

  // sla downtime (writes): an outage from one clock time to another
  {
    text: 'Nordlicht MPLS network was down from 2026-11-24 22:10 to 01:40',
    expect: `sla downtime ${N} contract "MPLS network" 2026-11-24 22:10 to 2026-11-25 01:40`,
  },

  // sla log (writes)
  {
    text: 'log a P1 for Contoso: VPN down for all staff since 9:05',
    expect: `sla log ${C} P1 VPN down for all staff started 2026-11-25 09:05`,
  },
  {
    text: 'raise a P2 against Fabrikam for slow wifi in the London office',
    expect: `sla log ${F} P2 slow wifi in the London office`,
  },
  { text: "Contoso's API is down, log it as a sev 1", expect: `sla log ${C} P1 API is down` },
  {
    text: 'please log an incident for Datos: phone queue not staffed, P3, started 2 hours ago',
    expect: `sla log ${D} P3 phone queue not staffed started 2026-11-25 08:30`,
  },
  {
    text: 'Woodgrove payment gateway outage started at 8:15',
    expect: `sla log ${W} P1 payment gateway outage started 2026-11-25 08:15`,
  },
  { text: 'record a P4 for Proseware: payslip typo', expect: `sla log ${P} P4 payslip typo` },
  {
    text: 'log P2 Adatum SSO errors for some users since yesterday 3pm',
    expect: `sla log ${A} P2 SSO errors for some users started 2026-11-24 15:00`,
  },
  {
    text: 'Nordlicht MPLS link is down in the north branches',
    expect: `sla log ${N} P1 MPLS link is down in the north branches`,
  },
  {
    text: 'can you log a priority 2 incident for Coho: backups running slow',
    expect: `sla log ${COHO} P2 backups running slow`,
  },
  {
    text: 'raise a sev2 for SGI, overnight batch late, started 5:30',
    expect: `sla log ${SGI} P2 overnight batch late started 2026-11-25 05:30`,
  },
  {
    text: 'log an outage for Tailspin: EDR console unavailable',
    expect: `sla log ${T} P1 EDR console unavailable`,
  },
  {
    text: 'Müller data centre power failure, P1, started at 7:40',
    expect: `sla log ${M} P1 data centre power failure started 2026-11-25 07:40`,
  },
  {
    text: 'log a P3 for Contoso: slow storage in the backup region',
    expect: `sla log ${C} P3 slow storage in the backup region`,
  },
  { text: 'log an incident', expect: { incomplete: 'sla log' } },
  { text: 'Fabrikam core switch is down', expect: `sla log ${F} P1 core switch is down` },

  // sla respond (writes)
  { text: 'the vendor responded to INC-0009 at 9:40', expect: 'sla respond INC-0009 at 2026-11-25 09:40' },
  { text: 'Coho acknowledged inc-9 at 10:05', expect: 'sla respond INC-0009 at 2026-11-25 10:05' },
  { text: 'INC-0008 was picked up 20 minutes ago', expect: 'sla respond INC-0008 at 2026-11-25 10:10' },
  { text: 'Proseware replied on INC-0008', expect: 'sla respond INC-0008' },
  { text: 'first response for incident 10 came at 8:05', expect: 'sla respond INC-0010 at 2026-11-25 08:05' },

  // sla resolve (writes)
  { text: 'INC-0009 is fixed', expect: 'sla resolve INC-0009' },
  { text: 'INC-0010 was resolved at 11:15', expect: 'sla resolve INC-0010 at 2026-11-25 11:15' },
  { text: 'close INC-0008 please', expect: 'sla resolve INC-0008' },
  {
    text: 'backups are working again, inc-9 resolved an hour ago',
    expect: 'sla resolve INC-0009 at 2026-11-25 09:30',
  },
  { text: 'service restored on INC-0010 at 10:00', expect: 'sla resolve INC-0010 at 2026-11-25 10:00' },
  { text: 'mark incident 8 as solved', expect: 'sla resolve INC-0008' },

  // sla open
  { text: 'open incidents', expect: 'sla open' },
  { text: 'which incidents are open?', expect: 'sla open' },
  { text: 'any SLA breaches?', expect: 'sla open' },
  { text: 'what incidents are still unresolved', expect: 'sla open' },
  { text: 'show ongoing incidents please', expect: 'sla open' },
  { text: 'anything in progress with vendors right now?', expect: 'sla open' },
  { text: 'outstanding tickets with our suppliers', expect: 'sla open' },

  // sla report
  { text: 'SLA report for Contoso', expect: `sla report ${C}` },
  { text: 'how did Contoso do last month', expect: `sla report ${C} last month` },
  { text: 'service credits owed by Datos this year', expect: `sla report ${D} this year` },
  { text: "Woodgrove's SLA performance in October", expect: `sla report ${W} october` },
  { text: 'how well did SGI meet its targets last quarter?', expect: `sla report ${SGI} last quarter` },
  { text: 'what credits does Contoso owe us for Q3', expect: `sla report ${C} q3` },
  { text: 'adatum sla attainment 2025', expect: `sla report ${A} 2025` },
  { text: 'Nordlicht uptime report for December', expect: `sla report ${N} december` },
  { text: 'pull up INC-0004 details', expect: 'sla show INC-0004' },
  { text: 'what are the SLA targets for Adatum', expect: `sla targets ${A}` },
  { text: 'resolution times agreed with Nordlicht', expect: `sla targets ${N}` },
  { text: 'which credits are still unclaimed', expect: 'sla claims' },
  { text: 'claim deadlines next 30 days', expect: 'sla claims next 30 days' },

  // sla claim (writes): the month as an ISO month, so Confirm means the same month whenever pressed
  { text: 'we claimed the Contoso credit for October', expect: `sla claim ${C} 2026-10` },
  { text: "claim Contoso's september service credit", expect: `sla claim ${C} 2026-09` },

  // subscribe / unsubscribe / subscriptions
  { text: 'remind this channel about renewals', expect: 'subscribe renewals' },
  { text: 'post incidents here', expect: 'subscribe incidents' },
  { text: 'send the weekly digest to this channel', expect: 'subscribe digest' },
  { text: 'please notify this channel about risk checks', expect: 'subscribe risk' },
  { text: 'alert us here about critical vendor renewals', expect: 'subscribe renewals tier critical' },
  { text: 'stop posting renewals here', expect: 'unsubscribe renewals' },
  { text: 'no more incident alerts in this channel', expect: 'unsubscribe incidents' },
  { text: 'mute the digest', expect: 'unsubscribe digest' },
  { text: 'unsubscribe this channel from everything', expect: 'unsubscribe all' },
  { text: 'what does this channel get?', expect: 'subscriptions' },
  { text: 'what is this channel subscribed to', expect: 'subscriptions' },

  // history
  { text: 'who changed the Contoso contract?', expect: `history ${C}` },
  { text: 'what changed on INC-0004', expect: 'history INC-0004' },
  { text: 'show me the audit trail for Fabrikam', expect: `history ${F}` },
  { text: 'history of inc-2', expect: 'history INC-0002' },
  { text: 'who edited Woodgrove recently', expect: `history ${W}` },
  { text: "what changes were made to Tailspin's record", expect: `history ${T}` },

  // admins
  { text: 'who are the admins?', expect: 'admins' },
  { text: 'who can edit contracts', expect: 'admins' },
  { text: 'who has admin rights', expect: 'admins' },
  { text: 'make U0SOUTH an admin', expect: 'admins add U0SOUTH' },
  { text: 'give U0WEST admin rights please', expect: 'admins add U0WEST' },
  { text: 'revoke admin rights from U0EAST', expect: 'admins remove U0EAST' },
  { text: 'U0EAST is no longer an admin', expect: 'admins remove U0EAST' },

  // register editing (writes)
  {
    text: 'we cancelled the Contoso cloud hosting contract',
    expect: `contract end ${C} "Cloud hosting" on 2027-02-22`,
  },
  {
    text: 'terminate the Fabrikam branch routers contract on December 31',
    expect: `contract end ${F} "Branch routers" on 2026-12-31`,
  },
  {
    text: 'we renewed Contoso premier support until 2027-06-30',
    expect: `contract renew ${C} "Premier support" end 2027-06-30`,
  },
  { text: 'change the tier of Fabrikam to critical', expect: `vendor edit ${F} tier critical` },
  {
    text: 'set the category of Northwind to Business intelligence',
    expect: 'vendor edit "Northwind Analytics" category "Business intelligence"',
  },
  { text: 'add a new vendor called Acme', expect: { incomplete: 'vendor add' } },
  {
    text: 'remove the vendor Lucerne Publishing Tools, we no longer use them',
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  // Asked for with a value before contract edit had a builder; since round 7 it is proposed with
  // the contract named by vendor and title and the value said (SPEC §4.3, issue 22).
  {
    text: 'change the notice period of the Contoso cloud hosting contract to 90 days',
    expect: 'contract edit "Contoso Cloud Services" "Cloud hosting" notice 90 days',
  },
  { text: 'we signed a new contract with Alpine', expect: { incomplete: 'contract add' } },
  // In words, an end is the end of the current term (issue 22), with the contract by its title.
  {
    text: "we won't renew the Litware enterprise agreement",
    expect: 'contract end "Litware Office Suite" "Enterprise agreement" on 2027-09-24',
  },
  {
    text: "we won't renew the alpine desktop maintenance contract",
    expect: 'contract end "Alpine Ski Hardware" "Desktop maintenance" on 2027-02-22',
  },
  {
    text: "we've decided not to renew the trey test automation seats",
    expect: 'contract end "Trey Research Labs" "Test automation seats" on 2027-05-08',
  },
  {
    text: 'we renewed the woodgrove payment gateway to 2028-03-24 for $160,000 with 90 days notice',
    expect: `contract renew ${W} "Payment gateway" end 2028-03-24 value 160000 USD notice 90 days`,
  },
  {
    text: 'Adatum privileged access got renewed until 2028-03-08, now 45k, 24 month term',
    expect: `contract renew ${A} "Privileged access" end 2028-03-08 value 45000 USD term 24 months`,
  },

  // one fact, answered first; the card that follows is the command
  { text: 'when does the tailspin edr contract end?', expect: `vendor ${T}` },
  { text: "who's responsible for coho?", expect: `vendor ${COHO}` },
  { text: "what's the email of our proseware contact?", expect: `vendor ${P}` },
  { text: 'how much notice do we have to give adatum?', expect: `vendor ${A}` },
  { text: "is contoso's insurance up to date?", expect: `risk list ${C}` },
  { text: 'what is late for woodgrove?', expect: `risk list ${W}` },
  { text: 'is INC-0003 resolved?', expect: 'sla show INC-0003' },
  { text: 'did INC-0010 breach its targets?', expect: 'sla show INC-0010' },

  // windows people say (SPEC §3) and renewals filters (SPEC §13)
  { text: 'which contracts expire in q3?', expect: 'renewals Q3 2027' },
  { text: 'notice deadlines by eoy', expect: 'renewals this year' },
  { text: 'checks coming due in the next 4 wks', expect: 'risk due next 4 weeks' },
  { text: 'high tier renewals this quarter', expect: 'renewals this quarter tier high' },
  { text: 'renewals above 250k', expect: 'renewals over 250000' },
  { text: 'my contracts renewing next month', expect: 'renewals next month owner U0NORTH' },
  { text: 'outsourcing contracts expiring this year', expect: 'renewals this year kind outsourcing' },
  { text: 'hardware renewals over €30k', expect: 'renewals kind hardware over 30000 EUR' },
  { text: 'which renewals have lapsed evidence?', expect: 'renewals lapsed' },

  // outside what Tickler knows, and lines too vague to act on
  { text: "what's the weather like in London?", expect: 'unknown' },
  { text: 'tell me a joke', expect: 'unknown' },
  { text: 'who won the football last night', expect: 'unknown' },
  { text: 'book a meeting room for 3pm', expect: 'unknown' },
  { text: 'what is the capital of France', expect: 'unknown' },
  { text: 'order pizza for the team', expect: 'unknown' },
  { text: 'translate this into German', expect: 'unknown' },
  { text: 'Contoso', expect: `vendor ${C}` },
  { text: 'fabrikam?', expect: `vendor ${F}` },
]
