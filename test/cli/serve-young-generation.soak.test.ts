// \`tickler serve\`, once quiet after work, gives back the young generation that work grew
// (heap-compaction.ts, idle-compaction.ts): a real serve process, a burst of signed Slack commands,
// then the log line of the idle shrink, and it still answers. The shrink is a young-only collection
// in which V8 itself decides to shrink, on slow allocation; in some runs it does not (the young
// generation stays at 8 MB, logged at debug), and then the test holds serve to trying and answering.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import { importFixtures, spawnServe, tempDir } from '../reliability/serve-process.ts'
import { sendSlash } from '../reliability/slack-client.ts'

describe('tickler serve when quiet', { timeout: 120_000 }, () => {
  it('once quiet after a burst of commands, shrinks the young generation (to its floor, when V8 agrees) and keeps answering', async () => {
    // Work that grows the young generation: a burst of Slack commands, plain language among them,
    // on a small register. Nothing else in serve grows it: its start allocates little since the
    // build carries the phrasings' features, and the store's open keeps it small.
    const recorder = new Recorder()
    await recorder.start()
    const cwd = await tempDir('tickler-serve-young-')
    const dataDir = join(cwd, 'store')
    await importFixtures(cwd, dataDir)
    const serve = await spawnServe({ cwd, dataDir, slackApiUrl: recorder.url, env: { LOG_LEVEL: 'debug' } })
    try {
      const lines = [
        '/vendor Contoso',
        '/renewals 90 days',
        '/tickler agenda',
        '/tickler what renews next quarter',
      ]
      for (let round = 0; round < 20; round++) {
        const sent = await Promise.all(
          lines.map((line) => {
            const [command, ...text] = line.split(' ')
            return sendSlash(serve.base, recorder.url, command!, text.join(' '))
          }),
        )
        for (const s of sent) expect(s.status).toBe(200)
      }
      let shrank: RegExpExecArray | null = null
      let kept: RegExpExecArray | null = null
      for (let i = 0; i < 300 && !shrank && !kept; i++) {
        shrank =
          /"beforeMb":(\d+),"afterMb":(\d+),"ms":\d+,"msg":"shrank the young generation while idle"/.exec(
            serve.stderr(),
          )
        kept = /"youngMb":(\d+),"msg":"the young generation stayed as it was while idle"/.exec(serve.stderr())
        if (!shrank && !kept) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(shrank ?? kept, serve.stderr()).not.toBeNull()
      if (shrank) {
        expect(Number(shrank[1])).toBeGreaterThan(Number(shrank[2]))
        expect(Number(shrank[2])).toBeLessThanOrEqual(2)
      }
      expect((await fetch(`${serve.base}/healthz`)).status).toBe(200)
    } finally {
      expect(await serve.stop()).toBe(0)
      await recorder.close()
    }
  })
})
