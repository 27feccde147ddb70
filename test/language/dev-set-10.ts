// Tenth development set for issue 22, written by the engineer of round 8 BEFORE any fix: for each
// of the three classes of wrong write found by blind sets 12 and 13, about ten OTHER ways to say
// that class, so the fix is for the class and not for the line. Not held out. Same register, clock
// and format as the job sets (test/language/fixture.ts: Wednesday 2026-11-25 10:30 New York, asker
// U0NORTH; current terms rolled forward). A stored change of any kind before Confirm, or a proposal
// of another command, is a wrong write (answer-score.ts). Asking instead of proposing is a miss,
// never a wrong write. Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 10`.
import type { JobCase, JobExpected, Role } from './job-held-out-set.ts'

const ALPINE = '"Alpine Ski Hardware"'
const COHO = '"Coho Backup"'
const FABRIKAM = '"Fabrikam Networks"'
const LITWARE = '"Litware Office Suite"'
const NORDLICHT = '"Nordlicht Telekom"'
const PROSEWARE = '"Proseware HR"'
const TAILSPIN = '"Tailspin Security"'
const WINGTIP = '"Wingtip Print Services"'
const WOODGROVE = '"Woodgrove Payments"'
const ADATUM = '"Adatum Identity"'

const line = (role: Role, text: string, expect: JobExpected): JobCase => ({ role, text, expect })

/** Questions with a typo'd or texting question word, or asked by a span, a "?" or a tag. */
export const TYPO_QUESTIONS: JobCase[] = [
  line('contracts', 'wen does the litware EA end', { fact: ['2027-09-24'] }),
  line('contracts', 'wht is the notice deadline on the humongous claims platform', { fact: ['2027-02-23'] }),
  line('contracts', 'hw long till the datos service desk contract ends', { fact: ['58 days'] }),
  line('contracts', 'how much time do we have left to give notice on the alpine desktop maintenance', {
    fact: ['59 days'],
  }),
  line('contracts', 'hw many days till we cant cancel proseware anymore', { fact: ['29 days'] }),
  line('contracts', 'whn is the tailspin IR retainer up', { fact: ['2027-09-24'] }),
  line('contracts', 'wat day do we have to cancel margies travel booking by', { fact: ['2027-01-08'] }),
  line('contracts', 'until when can we give notice on the litware ea', { fact: ['2027-06-26'] }),
  line('contracts', 'r we still in time to cancel the wingtip managed print', { fact: ['2026-11-25'] }),
  line('contracts', 'we can still terminate the proseware contract, right?', { fact: ['2026-12-24'] }),
  line('support', 'hw is INC-0009 going, resolved?', { fact: ['INC-0009', 'open'] }),
  line('contracts', 'days left to end the datos service desk contract', { fact: ['58 days'] }),
]

/** Ending said in words with a date that belongs to another event (notice given, signed, received). */
export const OTHER_EVENT_DATES: JobCase[] = [
  line(
    'contracts',
    'we sent proseware our notice yesterday, hr and payroll is cancelled',
    `contract end ${PROSEWARE} "HR and payroll" on 2027-03-24`,
  ),
  line(
    'contracts',
    'litware signed the termination letter on 2026-11-20, the EA is ended',
    `contract end ${LITWARE} "Enterprise agreement" on 2027-09-24`,
  ),
  line(
    'contracts',
    'wingtip confirmed receipt of our notice today, managed print is cancelled',
    `contract end ${WINGTIP} "Managed print" on 2026-12-25`,
  ),
  line(
    'contracts',
    'gave alpine notice this morning, desktop maintenance is terminated',
    `contract end ${ALPINE} "Desktop maintenance" on 2027-02-22`,
  ),
  line(
    'contracts',
    'told tailspin on friday we are ending the IR retainer',
    `contract end ${TAILSPIN} "Incident response retainer" on 2027-09-24`,
  ),
  line(
    'contracts',
    'notice was given to nordlicht on 2026-11-02, mobile fleet contract terminated',
    `contract end ${NORDLICHT} "Mobile fleet" on 2027-08-24`,
  ),
  line(
    'contracts',
    'after the outage yesterday we terminated the coho backup appliances contract',
    `contract end ${COHO} "Backup appliances" on 2027-10-24`,
  ),
  line(
    'contracts',
    'we gave wingtip notice last week, terminate managed print',
    `contract end ${WINGTIP} "Managed print" on 2026-12-25`,
  ),
  line(
    'contracts',
    'fabrikam received our cancellation on monday, branch routers contract is over',
    `contract end ${FABRIKAM} "Branch routers" on 2027-04-07`,
  ),
  line(
    'contracts',
    'the litware EA is cancelled, notice sent 2026-11-24',
    `contract end ${LITWARE} "Enterprise agreement" on 2027-09-24`,
  ),
  // The end date said as the end: still proposed with it.
  line(
    'contracts',
    'end the wingtip managed print contract on 2026-12-31',
    `contract end ${WINGTIP} "Managed print" on 2026-12-31`,
  ),
  line(
    'contracts',
    'we gave wingtip notice today, managed print ends on 2026-12-31',
    `contract end ${WINGTIP} "Managed print" on 2026-12-31`,
  ),
]

/** A check done with the user's own words about it: they are the note, or Tickler asks. */
export const FREE_TEXT_NOTES: JobCase[] = [
  line(
    'risk',
    'mark the fabrikam adverse media review done, nothing found',
    `risk done ${FABRIKAM} adverse_media on 2026-11-25 nothing found`,
  ),
  line(
    'risk',
    'tailspin soc2 received today, clean report',
    `risk done ${TAILSPIN} soc2 on 2026-11-25 clean report`,
  ),
  line(
    'risk',
    'record the woodgrove pci dss check as done - two minor findings',
    `risk done ${WOODGROVE} pci_dss on 2026-11-25 two minor findings`,
  ),
  line(
    'risk',
    'nordlicht security questionnaire done, all answers fine',
    `risk done ${NORDLICHT} questionnaire on 2026-11-25 all answers fine`,
  ),
  line(
    'risk',
    'adatum soc 2 is done, exceptions noted on access reviews',
    `risk done ${ADATUM} soc2 on 2026-11-25 exceptions noted on access reviews`,
  ),
  line(
    'risk',
    'coho insurance cert done, covers cyber too',
    `risk done ${COHO} insurance on 2026-11-25 covers cyber too`,
  ),
  line(
    'risk',
    'close out the proseware questionnaire as done; vendor answered late',
    `risk done ${PROSEWARE} questionnaire on 2026-11-25 vendor answered late`,
  ),
  line(
    'risk',
    'woodgrove adverse media done, no hits',
    `risk done ${WOODGROVE} adverse_media on 2026-11-25 no hits`,
  ),
  line(
    'risk',
    'fabrikam questionnaire complete but security section incomplete',
    `risk done ${FABRIKAM} questionnaire on 2026-11-25 security section incomplete`,
  ),
  line(
    'risk',
    'tick off the tailspin soc 2, bridge letter still pending',
    `risk done ${TAILSPIN} soc2 on 2026-11-25 bridge letter still pending`,
  ),
]

export const DEV_SET_10: JobCase[] = [...TYPO_QUESTIONS, ...OTHER_EVENT_DATES, ...FREE_TEXT_NOTES]
