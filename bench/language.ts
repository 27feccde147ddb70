// The plain-language recogniser: accuracy on its phrasing set and on the held-out set, and the
// recognition time, through the measure the language module provides for the benchmark
// (test/language/measure.ts, on the demo register). Absent module: reported as not measured.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export interface LanguageResult {
  set: string
  total: number
  accuracy: number
  wrongWrites: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

interface Score {
  total: number
  accuracy: number
  wrongWrites: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

const MEASURE = join(import.meta.dirname, '..', 'test', 'language', 'measure.ts')

export async function measureLanguage(): Promise<LanguageResult[] | null> {
  if (!existsSync(MEASURE)) return null
  const module = (await import(MEASURE)) as {
    measureLanguage(): Promise<{ phrasings: Score; heldOut: Score }>
  }
  const { phrasings, heldOut } = await module.measureLanguage()
  const result = (set: string, s: Score): LanguageResult => ({
    set,
    total: s.total,
    accuracy: s.accuracy,
    wrongWrites: s.wrongWrites,
    p50Ms: s.p50Ms,
    p99Ms: s.p99Ms,
    maxMs: s.maxMs,
  })
  return [result('phrasing set', phrasings), result('held-out set', heldOut)]
}

export function languageTable(results: LanguageResult[]): string {
  return [
    '| plain-language set | phrasings | accuracy | wrong writes | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.set} | ${r.total} | ${(r.accuracy * 100).toFixed(1)}% | ${r.wrongWrites} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.maxMs.toFixed(2)} |`,
    ),
  ].join('\n')
}
