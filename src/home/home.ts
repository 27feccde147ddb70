// The Home (SPEC §13): for one person, their contracts' deadlines in the next 90 days (missed
// first), their vendors' checks overdue or due in 30 days and the open incidents on their vendors,
// each with its buttons; the whole register's for admins. A plain Reply, so any surface can show
// it: Slack publishes it as the App Home tab, the terminal prints it.
import type { Context } from '../commands/command.ts'
import { todayOf } from '../contracts/today.ts'
import { answer, type Reply, type Text } from '../reply/reply.ts'
import { checksSection } from './home-checks.ts'
import { DEADLINE_DAYS, deadlinesSection } from './home-deadlines.ts'
import { incidentsSection } from './home-incidents.ts'
import type { HomeViewer } from './viewer.ts'

export type { HomeViewer } from './viewer.ts'

/** The commands that list every row of each section, whatever a surface had room to show. */
function seeAll(viewer: HomeViewer): Text {
  const renewals = `renewals ${DEADLINE_DAYS} days${viewer.admin ? '' : ' owner me'}`
  return ['All of them: ', { code: renewals }, ' · ', { code: 'risk due' }, ' · ', { code: 'sla open' }]
}

export function buildHome(context: Context, viewer: HomeViewer): Reply {
  const today = todayOf(context)
  const whose: Text = viewer.admin
    ? 'You are a Tickler admin: this is the whole register.'
    : [
        'For ',
        { mention: viewer.user },
        ': the contracts you own, and the checks and incidents of your vendors.',
      ]
  return answer({
    title: `Tickler home: ${today}`,
    text: [whose],
    sections: [
      deadlinesSection(context, viewer, today),
      checksSection(context, viewer, today),
      incidentsSection(context, viewer),
    ],
    footer: [seeAll(viewer)],
  })
}
