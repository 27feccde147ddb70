// The preloaded probes of `tickler serve` (memory-probe.mjs, stall-probe.mjs) answer a SIGUSR2 by
// writing a JSON file; this asks and waits for it, so the product carries no probe route.
import { readFile, rm } from 'node:fs/promises'

export async function askProbe(pid: number, file: string): Promise<unknown> {
  process.kill(pid, 'SIGUSR2')
  for (let i = 0; i < 2000; i++) {
    const text = await readFile(file, 'utf8').catch(() => '')
    if (text) {
      await rm(file)
      return JSON.parse(text)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`no probe answer from ${pid}`)
}
