// `npm run bench`: the benchmark at 1,000, 10,000 and 100,000 vendors. Prints the tables, how each
// figure grows per 10x, and the goals (checked at each size that has them), and writes
// bench/results.json with the machine it ran on.
//   npm run bench -- --quick                    a fast run at 1,000 and 10,000 vendors
//   npm run bench -- --scales 1000 --quick      a faster smoke run
import { writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { growthTable } from './growth.ts'
import { type HarnessOptions, runScale, type ScaleResult, SETTLE_MS } from './harness.ts'
import { type LanguageResult, languageTable, measureLanguage } from './language.ts'
import { goals, goalTable, machine, table } from './report.ts'

const { values } = parseArgs({
  options: {
    scales: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(import.meta.dirname, 'results.json') },
    'no-serve': { type: 'boolean', default: false },
    'no-slack': { type: 'boolean', default: false },
  },
})

const loadStart = loadavg()
const started = performance.now()
const quick = values.quick!
const scales = (values.scales ?? (quick ? '1000,10000' : '1000,10000,100000'))
  .split(',')
  .map((s) => Number(s.trim()))
const seed = 20261125
const results: ScaleResult[] = []
for (const vendors of scales) {
  console.log(`Benchmark at ${vendors.toLocaleString('en-US')} vendors`)
  const options: HarnessOptions = {
    vendors,
    seed,
    reads: quick
      ? { warmup: 2, reps: 20, budgetMs: 1000 }
      : { warmup: 10, reps: 200, budgetMs: 2500, minReps: 50 },
    writes: quick
      ? { warmup: 2, reps: 20, budgetMs: 1000 }
      : { warmup: 10, reps: 200, budgetMs: 3000, minReps: 100 },
    burst: quick ? 100 : 1000,
    coldStarts: quick ? 1 : 3,
    settleMs: quick ? 0 : SETTLE_MS,
    parts: { serve: !values['no-serve'], slack: !values['no-slack'] },
    log: (line) => console.log(line),
  }
  results.push(await runScale(options))
}

await (await import('./postgres.ts')).measurePostgres(results, { quick, seed, log: console.log })

console.log('Plain-language recogniser')
let language: LanguageResult[] | null = null
let languageError: string | undefined
try {
  language = await measureLanguage()
} catch (error) {
  languageError = error instanceof Error ? error.message : String(error)
  console.log(`  could not be measured: ${languageError}`)
}

const info = machine(loadStart)
console.log('')
for (const r of results) {
  console.log(table(r))
  console.log('')
}
if (language) {
  console.log(languageTable(language))
  console.log('')
}
if (results.length > 1) {
  console.log('Growth per 10x vendors (p99 for timings):')
  console.log(growthTable(results))
  console.log('')
}
const checked = results.flatMap((r) =>
  goals(r).map((g) => ({ ...g, goal: `${r.vendors.toLocaleString('en-US')} vendors: ${g.goal}` })),
)
console.log('Goals:')
console.log(goalTable(checked))
console.log('')
console.log(
  `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB, Node ${info.node}; load average ${info.loadStart.join(' ')} at start, ${info.loadEnd.join(' ')} at end; ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
await writeFile(
  values.out!,
  `${JSON.stringify({ machine: info, seed, quick, scales: results, goals: checked, language, languageError }, null, 2)}\n`,
)
console.log(`Wrote ${values.out}`)
