// A local stand-in for the Slack Web API and response_url (SLACK_API_URL points here), so a
// benchmarked Slack command never leaves the machine. It answers as Slack does and only counts.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export class SlackApiStub {
  calls = 0
  url = ''
  private server: Server | undefined

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        this.calls++
        const path = (req.url ?? '').split('?')[0]!
        const json =
          path === '/api/auth.test'
            ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }
            : path === '/api/chat.postMessage'
              ? { ok: true, ts: '1700000000.000100', channel: 'C1' }
              : path === '/api/users.info'
                ? { ok: true, user: { id: 'U0BENCH', name: 'bench', profile: { display_name: 'Bench' } } }
                : { ok: true }
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve())
      this.server?.closeAllConnections()
    })
  }
}
