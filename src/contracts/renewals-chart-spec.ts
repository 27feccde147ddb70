// The renewals chart as a Vega-Lite specification: a timeline with one row per contract, its name
// and deadline written above a bar from today to the end of its term, the notice deadline a dark
// tick, and the bar coloured by days left to the notice. Text sits above the bars, not on a y axis,
// so long vendor names are never cut and the bars keep the full width.
import { BANDS, type ChartBars } from './renewals-chart-bars.ts'

/** The picture's width in pixels: at least 800 (SPEC §13), near the width chat apps show it at. */
export const CHART_WIDTH = 960
const PADDING = 16
/** One row: a line of text and a bar under it, with air between rows. */
const ROW = 44
const TEXT_SIZE = 15
export const FONT = 'DejaVu Sans'

/** Colours far apart in lightness too, so they read apart with colour blindness and in greyscale. */
const COLOURS = ['#b71c1c', '#e65100', '#f9a825', '#1565c0']

export function chartSpec(chart: ChartBars, title: string, subtitle: string[]): Record<string, unknown> {
  const values = chart.bars.map((bar, row) => ({ ...bar, row, label: `${bar.name} · ${bar.short}` }))
  const y = { field: 'row', type: 'ordinal', axis: null }
  // Dates are calendar dates: read and shown in UTC so the machine's zone never shifts a day.
  const x = {
    field: 'from',
    type: 'temporal',
    title: null,
    scale: { type: 'utc', padding: 8 },
    axis: { format: '%Y-%m', labelFontSize: 14, gridColor: '#e6e6e6', tickCount: 6, labelColor: '#333333' },
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH,
    height: { step: ROW },
    // The picture is exactly CHART_WIDTH wide, whatever the labels: the plot gives way, not the image.
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: PADDING,
    background: 'white',
    title: {
      text: title,
      subtitle,
      anchor: 'start',
      fontSize: 20,
      subtitleFontSize: 14,
      subtitleColor: '#333333',
      limit: CHART_WIDTH - 2 * PADDING,
      subtitleLimit: CHART_WIDTH - 2 * PADDING,
    },
    config: {
      font: FONT,
      view: { stroke: null },
      legend: {
        orient: 'top',
        direction: 'horizontal',
        labelFontSize: 14,
        titleFontSize: 14,
        labelLimit: 0,
        symbolSize: 220,
        symbolType: 'square',
        columnPadding: 18,
      },
    },
    data: { values },
    layer: [
      {
        data: { values: [{ today: chart.today }] },
        mark: { type: 'rule', color: '#757575', strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { x: { field: 'today', type: 'temporal' } },
      },
      {
        mark: { type: 'bar', height: 14, yOffset: 10, cornerRadiusEnd: 2 },
        encoding: {
          y,
          x,
          x2: { field: 'end' },
          color: {
            field: 'band',
            type: 'nominal',
            title: 'Notice deadline:',
            scale: { domain: [...BANDS], range: COLOURS },
          },
        },
      },
      {
        // A vertical stroke centred on the bar (a tick mark would sit on the band's middle, not the bar's).
        mark: {
          type: 'point',
          shape: 'M0,-0.7L0,0.7',
          size: 640,
          filled: false,
          stroke: '#111111',
          strokeWidth: 4,
          opacity: 1,
          yOffset: 10,
        },
        encoding: { y, x: { field: 'notice', type: 'temporal' } },
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'bottom',
          fontSize: TEXT_SIZE,
          yOffset: -1,
          color: '#111111',
          // Cut with an ellipsis rather than run off the picture; the list beside it has every word.
          limit: CHART_WIDTH - 2 * PADDING,
        },
        encoding: { y, x: { value: 0 }, text: { field: 'label' } },
      },
    ],
  }
}
