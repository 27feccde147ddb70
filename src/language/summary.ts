// The summary of an incident told in words: the longest run of words that is not the vendor,
// the priority, a time or the request itself ("log a P1 for Contoso: VPN down for all staff since
// 9:05" → "VPN down for all staff").
import type { Entities } from './entities.ts'

const FILLER = new Set(
  "please pls kindly can could would you we i i'm im need needs want to log logged logging raise raised record create file report reporting add new a an the incident incidents ticket for with against on at about that saying sla there there's theres is has been have of it it's its as priority hey hi tickler our their and now today asap just so".split(
    ' ',
  ),
)

export function summaryOf(e: Entities): string {
  const used = new Set<number>()
  for (const t of e.times) for (let k = t.from; k <= t.to; k++) used.add(k)
  const runs: [number, number][] = []
  let start = -1
  for (let i = 0; i <= e.words.length; i++) {
    const free = i < e.words.length && !e.isTaken(i) && !used.has(i)
    if (free && start < 0) start = i
    if (!free && start >= 0) {
      runs.push([start, i - 1])
      start = -1
    }
  }
  let best: [number, number] | undefined
  for (let [from, to] of runs) {
    while (from <= to && FILLER.has(e.words[from]!.norm)) from++
    while (to >= from && FILLER.has(e.words[to]!.norm)) to--
    if (from > to) continue
    if (!best || to - from >= best[1] - best[0]) best = [from, to]
  }
  if (!best) return ''
  return e.line
    .slice(e.words[best[0]]!.start, e.words[best[1]]!.end)
    .replace(/^[\s,;:.\-–—]+|[\s,;:.\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
}
