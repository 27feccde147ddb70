// The Home's open incidents: every unresolved incident on the viewer's vendors or contracts, most
// urgent first, as `sla open` lists them.
import type { Context } from '../commands/command.ts'
import type { Section } from '../reply/reply.ts'
import { incidentLine } from '../sla/incident-view.ts'
import { openIncidents } from '../sla/open-incidents.ts'
import { type HomeViewer, ownsContract, ownsVendor } from './viewer.ts'

export function incidentsSection(context: Context, viewer: HomeViewer): Section {
  const now = context.clock.now()
  const zone = context.config.TICKLER_TIMEZONE
  const mine = openIncidents(context.store, context.config, now).filter(
    (f) =>
      ownsVendor(viewer, f.vendor) ||
      (f.contract !== undefined && ownsContract(viewer, f.contract, f.vendor)),
  )
  return {
    heading: 'Open incidents',
    items: mine.map((f) => ({ text: incidentLine(f, zone, now) })),
    empty: 'No open incident.',
  }
}
