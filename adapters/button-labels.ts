// Button labels cut to a platform's limit without two of them becoming the same: a pick list of
// "Acme Corp Enterprise Support Agreement 2026 (EMEA)" and "… (APAC)" cut at the end would show
// two identical buttons. Clashing labels keep their distinguishing tail; if even that clashes,
// they are numbered in the order shown.
import type { Action, Reply } from '../src/reply/reply.ts'

const ELLIPSIS = '…'

export function clipEnd(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}${ELLIPSIS}`
}

/** The start and the end of `text`, the middle replaced by an ellipsis. */
function clipMiddle(text: string, max: number): string {
  if (text.length <= max) return text
  const tail = Math.floor((max - 1) / 2)
  return `${text.slice(0, max - 1 - tail).trimEnd()}${ELLIPSIS}${text.slice(-tail).trimStart()}`
}

/** Labels of at most `max` characters; labels that differ stay different. */
export function distinctLabels(labels: readonly string[], max: number): string[] {
  const out = labels.map((label) => clipEnd(label, max))
  const clashes = (i: number) =>
    labels.some((other, j) => j !== i && other !== labels[i] && out[j] === out[i])
  const clashing = out.map((_, i) => clashes(i))
  clashing.forEach((c, i) => {
    if (c) out[i] = clipMiddle(labels[i]!, max)
  })
  const still = out.map((_, i) => clashing[i] && clashes(i))
  still.forEach((c, i) => {
    if (c) out[i] = clipMiddle(`${i + 1}. ${labels[i]!}`, max)
  })
  return out
}

/** Every button of a reply (its items' and its own) with the label to show for it. */
export function buttonLabels(
  reply: Reply,
  max: number,
  fallback: (a: Action) => string,
): Map<Action, string> {
  const actions = [
    ...(reply.sections ?? []).flatMap((s) => (s.items ?? []).flatMap((item) => item.actions ?? [])),
    ...(reply.actions ?? []),
  ]
  const labels = distinctLabels(
    actions.map((a) => a.label.trim() || fallback(a)),
    max,
  )
  return new Map(actions.map((a, i) => [a, labels[i]!]))
}
