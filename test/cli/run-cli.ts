// Spawns the real CLI (bin/tickler.mjs) with a clean environment and collects what it printed.
import { type ChildProcessByStdio, spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'

export const BIN = fileURLToPath(new URL('../../bin/tickler.mjs', import.meta.url))
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: options.cwd, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/** Every file of a folder (recursively) with its bytes, to prove nothing was written. */
export async function folderBytes(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out.set(path, await readFile(path))
  }
  return out
}

/**
 * `tickler serve --now 2027-01-15` spawned in a new folder of its own (DATA_DIR inside it), with
 * only PATH from this environment, logging at info, plus `env`.
 */
export async function spawnServeIn(
  prefix: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcessByStdio<null, Readable, Readable> }> {
  const cwd = await mkdtemp(join(tmpdir(), prefix))
  const child = spawn(process.execPath, [BIN, 'serve', '--now', '2027-01-15'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, DATA_DIR: join(cwd, 'store'), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return { child }
}
