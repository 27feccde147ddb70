// Vega-Lite spec → Vega → SVG → PNG (resvg) → a 16-colour palette PNG (libimagequant). The libraries are loaded on the first chart only: they are
// several megabytes of JavaScript and a native module, and every other command (and `tickler ask
// help`) starts without them. Fonts come from the dejavu-fonts-ttf package, never the system, so a
// server without fonts draws the same picture as a laptop.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { FONT } from './renewals-chart-spec.ts'

const PALETTE = 16
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']

function fontFiles(): string[] {
  const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  return FONT_FILES.map((name) => join(folder, name))
}

/** vega-scenegraph's text measure, which vega re-exports but does not declare. */
interface TextMetrics {
  width(item: { fontSize?: number }, text?: unknown): number
}

export interface Png {
  bytes: Uint8Array
  width: number
  height: number
}

export async function renderPng(spec: Record<string, unknown>): Promise<Png> {
  const [vega, vegaLite, { Resvg }, { pngQuantize }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
    import('@napi-rs/image'),
  ])
  // Without a canvas Vega guesses text widths at 0.8 em a character; DejaVu Sans averages about
  // 0.55, so the guess would widen the picture and cut labels that fit. 0.6 keeps a margin.
  ;(vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = (item, text) =>
    Math.ceil(0.6 * String(text ?? '').length * (item.fontSize ?? 11))
  // Vega-Lite's notes go to the console otherwise, into the terminal's answer.
  const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0], {
    logger: vega.logger(vega.None),
  }).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  try {
    const svg = await view.toSVG()
    const image = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT },
      background: 'white',
    }).render()
    // A palette of 16 colours keeps the four bar colours and smooth text at a third of the bytes,
    // which is what lets the picture ride inside a Teams card (adapters/teams/image-card.ts).
    const bytes = await pngQuantize(image.asPng(), {
      minQuality: 0,
      maxQuality: 100,
      colors: PALETTE,
      speed: 3,
    })
    return { bytes: new Uint8Array(bytes), width: image.width, height: image.height }
  } finally {
    view.finalize()
  }
}
