// A real `tickler serve` process (node bin/tickler.mjs serve) on a temp DATA_DIR with Slack on and
// SLACK_API_URL at a local recorder, plus the register the reliability tests write to, imported
// through the real `tickler import`.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BIN, runCli } from '../cli/run-cli.ts'

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
export const NOW = '2026-11-25T10:00'
export const SIGNING_SECRET = 'reliability-signing-secret-5f2c'
export const BOT_TOKEN = 'xoxb-reliability-bot-token-9d41'

export async function tempDir(prefix = 'tickler-reliability-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/** Imports the fixture register (two vendors, SLA targets, risk checks) into `dataDir`. */
export async function importFixtures(cwd: string, dataDir: string): Promise<void> {
  const files = ['vendors.csv', 'contracts.csv', 'sla_targets.csv', 'risk_checks.csv'].map((f) =>
    join(FIXTURES, f),
  )
  const result = await runCli(['import', ...files, '--now', NOW], { cwd, env: { DATA_DIR: dataDir } })
  if (result.code !== 0) throw new Error(`import failed (${result.code}): ${result.stderr}${result.stdout}`)
}

export interface ServeProcess {
  child: ChildProcess
  port: number
  base: string
  /** Everything written to stderr so far (JSON log lines). */
  stderr(): string
  exited: Promise<number | null>
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<number | null>
}

export async function spawnServe(options: {
  cwd: string
  dataDir: string
  slackApiUrl: string
  env?: Record<string, string>
}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--now', NOW], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: options.cwd,
      DATA_DIR: options.dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${options.slackApiUrl}/api/`,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
      const m = /"port":(\d+)/.exec(stderr)
      if (m) resolve(Number(m[1]))
    })
    child.stdout!.resume()
    exited.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)))
  })
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    exited,
    async stop() {
      child.kill('SIGTERM')
      return exited
    },
  }
}
