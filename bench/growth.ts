// How each figure grows per 10x vendors (1k -> 10k -> 100k): the same measure at consecutive
// scales, side by side with its growth factor, so a cost that grows faster than the register shows.
import type { ScaleResult } from './harness.ts'

interface Figure {
  name: string
  /** One value per scale; undefined where that scale did not measure it. */
  values: (number | undefined)[]
  unit: string
}

function figures(results: readonly ScaleResult[]): Figure[] {
  const out: Figure[] = [
    { name: 'journal size', values: results.map((r) => r.journalMb), unit: 'MB' },
    { name: 'open in process', values: results.map((r) => r.openMs), unit: 'ms' },
  ]
  const names: string[] = []
  for (const r of results) {
    for (const row of r.rows) {
      const name = row.group === 'read after a write' ? `${row.name} (after a write)` : row.name
      if (!names.includes(name)) names.push(name)
    }
  }
  for (const name of names) {
    const values = results.map((r) => {
      const row = r.rows.find(
        (x) => (x.group === 'read after a write' ? `${x.name} (after a write)` : x.name) === name,
      )
      return row?.p99
    })
    out.push({ name: `${name}, p99`, values, unit: 'ms' })
  }
  out.push({
    name: 'serve RSS after commands',
    values: results.map((r) =>
      r.coldStarts?.length ? Math.max(...r.coldStarts.map((c) => c.rssAfterMb)) : undefined,
    ),
    unit: 'MB',
  })
  out.push({
    name: 'serve RSS after the quiet wait (last start)',
    values: results.map((r) => r.coldStarts?.at(-1)?.rssSettledMb),
    unit: 'MB',
  })
  return out
}

/** A markdown table: each scale's value and, between consecutive scales, the growth factor. */
export function growthTable(results: readonly ScaleResult[]): string {
  const scales = results.map((r) => r.vendors.toLocaleString('en-US'))
  const header = [
    'measure',
    ...scales.flatMap((s, i) => (i === 0 ? [s] : [`x (${scales[i - 1]} → ${s})`, s])),
  ]
  const lines = [
    `| ${header.join(' | ')} |`,
    `|---|${header
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  ]
  for (const figure of figures(results)) {
    const cells: string[] = []
    figure.values.forEach((value, i) => {
      if (i > 0) {
        const previous = figure.values[i - 1]
        cells.push(value !== undefined && previous ? `${(value / previous).toFixed(1)}x` : '–')
      }
      cells.push(value === undefined ? '–' : `${format(value)} ${figure.unit}`)
    })
    lines.push(`| ${figure.name} | ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}
