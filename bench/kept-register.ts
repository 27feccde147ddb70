// A register folder kept between runs (it holds `store/`, as bench/retained.ts leaves it) and the
// 43 Slack commands bench/harness.ts sends to `serve` on it: 40 vendor cards, renewals, risk due
// and agenda. For the scripts that measure one `serve` at a time on the same files.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openJsonStore } from '../src/store/json-store.ts'
import { BENCH_NOW } from './harness.ts'
import { type ColdStart, coldStart } from './serve.ts'
import { SlackApiStub } from './slack-api.ts'

export async function keptRegister(
  dir: string | undefined,
): Promise<{ source: string; vendors: number; commands: [string, string][] }> {
  if (!dir) throw new Error('--dir: a folder holding store/ (see bench/retained.ts)')
  const source = join(dir, 'store')
  const reader = await openJsonStore(source)
  const names = reader.all('vendors').map((v) => v.name)
  await reader.close()
  const commands: [string, string][] = []
  for (let i = 0; i < 40; i++) commands.push(['/vendor', names[(i * 131) % names.length]!])
  commands.push(['/renewals', '90 days'], ['/tickler', 'risk due'], ['/tickler', 'agenda'])
  return { source, vendors: names.length, commands }
}

/**
 * One `serve` cold start on a fresh copy of the kept register (serve's start-up sweep records its
 * posts, so every run must start from the same files), the copy removed afterwards.
 */
export async function coldStartOnCopy(
  source: string,
  options: Omit<Parameters<typeof coldStart>[0], 'dataDir' | 'now' | 'timeoutMs'>,
): Promise<ColdStart> {
  const copy = await mkdtemp(join(tmpdir(), 'tickler-kept-register-'))
  try {
    await cp(source, join(copy, 'store'), { recursive: true })
    // A loaded machine opens 100,000 vendors in well over coldStart's default minute.
    return await coldStart({ ...options, dataDir: join(copy, 'store'), now: BENCH_NOW, timeoutMs: 600_000 })
  } finally {
    await rm(copy, { recursive: true, force: true })
  }
}

/** One coldStartOnCopy with Slack's Web API answered by a local stub (auth.test at start-up). */
export async function coldStartWithStub(
  source: string,
  options: Omit<Parameters<typeof coldStartOnCopy>[1], 'apiUrl'>,
): Promise<ColdStart> {
  const stub = new SlackApiStub()
  await stub.start()
  try {
    return await coldStartOnCopy(source, { ...options, apiUrl: stub.url })
  } finally {
    await stub.close()
  }
}
