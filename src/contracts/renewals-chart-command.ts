// `renewals chart [window] [filters]` (SPEC §13): the contracts `renewals` would list, drawn as a
// timeline PNG, with the same facts in words beside it. A window with no contracts answers in
// words and draws nothing.
import type { Command } from '../commands/command.ts'
import { answer } from '../reply/reply.ts'
import { FILTERS_FORM, filtersLabel } from './renewal-filters.ts'
import { altText, barLine, chartBars, MAX_BARS } from './renewals-chart-bars.ts'
import { renderPng } from './renewals-chart-render.ts'
import { chartSpec } from './renewals-chart-spec.ts'
import { renewalsAsked } from './renewals-request.ts'

const FORM = `renewals chart [N days | next N weeks | this month | this quarter | next quarter | Q1..Q4 | eoy | before <date> | by <date>] ${FILTERS_FORM}`
const EXAMPLE = 'renewals chart next quarter tier critical'

export const renewalsChartCommand: Command = {
  name: 'renewals chart',
  usage: 'renewals chart [window] [filters]',
  summary: 'The renewals as a timeline picture: a bar per contract to its term end, notice deadlines marked',
  examples: ['renewals chart', 'renewals chart this quarter', 'renewals chart next 6 months tier critical'],
  writes: false,
  phrasings: ['renewals timeline', 'chart of renewals', 'show renewals as a chart'],
  async handler(request, context) {
    const { today, window, filters, selection } = renewalsAsked(request, context, FORM, EXAMPLE)
    const narrowed = filtersLabel(filters)
    const span = `${window.label}${narrowed ? `, ${narrowed}` : ''}`
    const title = `Renewals chart: ${span} (${window.from} to ${window.to})`
    const chart = chartBars(selection, today)
    if (chart.bars.length === 0) {
      return answer({
        title,
        text: [
          `No contracts have a notice deadline from ${window.from} to ${window.to}, so there is no chart.`,
        ],
      })
    }
    const more =
      chart.more > 0
        ? [`${chart.more} more not drawn: the chart shows the ${MAX_BARS} nearest deadlines.`]
        : []
    const png = await renderPng(
      chartSpec(chart, `Renewals: ${span}`, [
        `${window.from} to ${window.to} · bar: today (dashed line) to term end · dark tick: notice deadline`,
        ...more,
      ]),
    )
    return answer({
      title,
      sections: [
        { heading: 'What the chart shows', items: chart.bars.map((bar) => ({ text: barLine(bar) })) },
      ],
      ...(more.length > 0 ? { footer: more } : {}),
      attachment: {
        name: `renewals-chart-${today}.png`,
        mediaType: 'image/png',
        content: png.bytes,
        width: png.width,
        height: png.height,
        alt: altText(chart, title),
        asOf: context.clock.now().toString(),
      },
    })
  },
}
