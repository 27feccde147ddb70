// Held-out phrasings: written after the recogniser and never used to build or tune it (no cue,
// no declared phrasing comes from here; a test checks that). They show whether it generalises.
// Same register and clock as the phrasing set (test/language/fixture.ts).
import type { PhrasingCase } from './phrasing-set.ts'

const C = '"Contoso Cloud Services"'
const F = '"Fabrikam Networks"'
const W = '"Woodgrove Payments"'
const T = '"Tailspin Security"'
const D = '"Datos São Paulo Serviços"'
const SGI = '"Société Générale Informatique"'

export const HELD_OUT_SET: PhrasingCase[] = [
  { text: 'what are you able to help with?', expect: 'help' },
  { text: 'show me everything you know about Tailspin', expect: `vendor ${T}` },
  { text: 'who do I call at Woodgrove?', expect: `vendor ${W}` },
  { text: "give me Contoso's vendor details", expect: `vendor ${C}` },
  { text: 'pull up Fabrikam', expect: `vendor ${F}` },
  { text: 'which of our vendors are low tier?', expect: 'vendors tier low' },
  { text: 'show every supplier we work with', expect: 'vendors' },
  { text: 'which vendors am I responsible for', expect: 'vendors owner U0NORTH' },
  { text: 'what is coming up for renewal in the next 45 days', expect: 'renewals next 45 days' },
  { text: 'anything expiring this month?', expect: 'renewals this month' },
  { text: 'which contracts auto-renew before February 1st', expect: 'renewals before 2027-02-01' },
  { text: 'notice dates in the coming quarter', expect: 'renewals next quarter' },
  { text: 'contracts about to expire', expect: 'renewals' },
  { text: 'what needs my attention this week?', expect: 'agenda' },
  { text: 'what is on the agenda', expect: 'agenda' },
  { text: 'which vendor risk checks have lapsed?', expect: 'risk due overdue' },
  { text: 'risk checks coming due in the next 90 days', expect: 'risk due next 90 days' },
  { text: 'are we behind on any vendor checks', expect: 'risk due overdue' },
  { text: 'how is Woodgrove doing on risk checks', expect: `risk list ${W}` },
  { text: "list Datos's risk checks", expect: `risk list ${D}` },
  { text: 'Tailspin sent over their SOC2 today', expect: `risk done ${T} soc2` },
  {
    text: 'the Contoso insurance certificate was received on November 18',
    expect: `risk done ${C} insurance on 2026-11-18`,
  },
  {
    text: 'SGI finished the adverse media screening yesterday',
    expect: `risk done ${SGI} adverse_media on 2026-11-24`,
  },
  { text: 'please start tracking a soc2 for Fabrikam', expect: `risk add ${F} soc2` },
  { text: 'track the financials of Woodgrove annually', expect: `risk add ${W} financial every 365 days` },
  { text: "delete Woodgrove's pci check", expect: `risk remove ${W} pci_dss` },
  {
    text: 'we need to log a P2 for Tailspin, agents not reporting in',
    expect: `sla log ${T} P2 agents not reporting in`,
  },
  {
    text: 'Datos service desk phones are down since 8:00',
    expect: `sla log ${D} P1 service desk phones are down started 2026-11-25 08:00`,
  },
  { text: 'open a P3 against Woodgrove: refunds delayed', expect: `sla log ${W} P3 refunds delayed` },
  {
    text: 'Contoso storage is degraded in the EU region, log it',
    expect: `sla log ${C} P3 storage is degraded in the EU region`,
  },
  { text: 'Coho got back to us on INC-0009 at 9:10', expect: 'sla respond INC-0009 at 2026-11-25 09:10' },
  { text: 'INC-0010 has been fixed', expect: 'sla resolve INC-0010' },
  { text: 'inc-8 closed at 10:15', expect: 'sla resolve INC-0008 at 2026-11-25 10:15' },
  { text: 'what incidents are currently open', expect: 'sla open' },
  { text: 'are any vendors breaching their SLAs right now?', expect: 'sla open' },
  { text: 'SLA performance for Datos last month', expect: `sla report ${D} last month` },
  { text: 'how much does Woodgrove owe us in credits this year', expect: `sla report ${W} this year` },
  { text: 'did Contoso meet its SLAs in Q3?', expect: `sla report ${C} q3` },
  { text: 'post risk reminders in this channel', expect: 'subscribe risk' },
  { text: 'please stop sending the digest here', expect: 'unsubscribe digest' },
  { text: 'which topics is this channel subscribed to?', expect: 'subscriptions' },
  { text: 'show the change history of Contoso', expect: `history ${C}` },
  { text: 'who touched INC-0003?', expect: 'history INC-0003' },
  { text: 'who are the administrators', expect: 'admins' },
  { text: 'promote U0WEST to admin', expect: 'admins add U0WEST' },
  { text: "what's the stock price of Microsoft", expect: 'unknown' },
  { text: 'reset my password', expect: 'unknown' },
  { text: 'play some music', expect: 'unknown' },
]
