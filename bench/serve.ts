// Cold start of `tickler serve` as an operator runs it: a new node process on the benchmark's
// DATA_DIR, timed from spawn to the first 200 from /healthz (store loaded, routes listening), then
// its resident memory (VmRSS, and the peak VmHWM) after load and after a run of Slack commands.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildCliIfStale } from '../bin/build.mjs'
import { BOT_TOKEN, postSlash, SIGNING_SECRET } from './slack.ts'

export const BIN = join(import.meta.dirname, '..', 'bin', 'tickler.mjs')

export interface ColdStart {
  readyMs: number
  /** CPU seconds (user + system, all threads) the process used up to ready: less load-dependent. */
  cpuAtReadyS: number
  rssMb: number
  hwmMb: number
  /** After `commands` signed Slack commands were answered. */
  rssAfterMb: number
  hwmAfterMb: number
  /** VmRSS after `settleMs` more with nothing asked (V8 returns pages when the process idles). */
  rssSettledMb?: number
  settleMs?: number
  commands: number
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** utime + stime of the process (all its threads), in seconds; /proc counts in clock ticks (100 Hz). */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

async function memory(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
}

/**
 * One cold start. Slack is on (its API is the local stub, so auth.test at start-up is answered
 * here); the clock is fixed with --now like the in-process runs.
 */
export async function coldStart(options: {
  dataDir: string
  now: string
  apiUrl: string
  /** Slash commands (command, text) sent after start-up before memory is read again. */
  commands: [string, string][]
  /** Options for node itself, before the script (--max-semi-space-size=8). */
  nodeFlags?: string[]
  timeoutMs?: number
  /** Also read VmRSS this long after the last command (see ColdStart.rssSettledMb). */
  settleMs?: number
  /** Called with the process id at ready, after the commands and after settling (a heap probe). */
  atPhase?: (pid: number, phase: 'ready' | 'after' | 'settled') => Promise<void>
}): Promise<ColdStart> {
  // The compiled CLI, as deployed: a source newer than dist/ would make bin/tickler.mjs run tsx.
  await buildCliIfStale()
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), BIN, 'serve', '--now', options.now], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TMPDIR: process.env.TMPDIR ?? '/tmp',
      DATA_DIR: options.dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${options.apiUrl}/api/`,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr += d
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = started + (options.timeoutMs ?? 60_000)
  try {
    let readyMs = Number.NaN
    while (Number.isNaN(readyMs)) {
      if (child.exitCode !== null) throw new Error(`tickler serve exited ${child.exitCode}: ${stderr}`)
      if (performance.now() > deadline) throw new Error(`tickler serve not ready in time: ${stderr}`)
      const ok = await fetch(`${base}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      )
      if (ok) readyMs = performance.now() - started
      else await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const cpuAtReadyS = await cpuSeconds(child.pid!)
    const atReady = await memory(child.pid!)
    await options.atPhase?.(child.pid!, 'ready')
    for (const [command, text] of options.commands) {
      const r = await postSlash(base, options.apiUrl, command, text)
      await r.text()
      if (r.status !== 200) throw new Error(`serve answered ${command} ${text} with ${r.status}`)
    }
    const after = await memory(child.pid!)
    await options.atPhase?.(child.pid!, 'after')
    let rssSettledMb: number | undefined
    if (options.settleMs) {
      await new Promise((resolve) => setTimeout(resolve, options.settleMs))
      rssSettledMb = (await memory(child.pid!)).rss
      await options.atPhase?.(child.pid!, 'settled')
    }
    return {
      rssSettledMb,
      settleMs: options.settleMs,
      readyMs,
      cpuAtReadyS,
      rssMb: atReady.rss,
      hwmMb: atReady.hwm,
      rssAfterMb: after.rss,
      hwmAfterMb: after.hwm,
      commands: options.commands.length,
    }
  } finally {
    const done = exited(child)
    child.kill('SIGTERM')
    const code = await Promise.race([
      done,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000)),
    ])
    if (code === 'timeout') {
      child.kill('SIGKILL')
      await done
    }
  }
}
