// What a Teams card offers for a reply's file: a signed link to GET /statements/<token>.csv on
// this server (PUBLIC_URL, else http://localhost:PORT), or why there is none.
import type { Config } from '../../src/config/config.ts'
import type { Reply } from '../../src/reply/reply.ts'
import type { StoreView } from '../../src/store/store.ts'
import type { Clock } from '../../src/time/clock.ts'
import type { Download } from './card.ts'
import { linkKey } from './link-secret.ts'
import { linkPath } from './statement-link.ts'

export interface Asker {
  command: string
  user: string
  workspace?: string
}

export type DownloadLinks = (reply: Reply, asker: Asker) => Download | undefined

export function downloadLinks(store: StoreView, config: Config, realClock: Clock): DownloadLinks {
  const base = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '')
  return (reply, asker) => {
    // A picture is shown in the card itself (image-card.ts), not linked.
    if (reply.attachment?.mediaType !== 'text/csv' || reply.status !== 'ok') return undefined
    const key = linkKey(store)
    if (!key) {
      return { unavailable: 'The download link is made by `tickler serve`, which is not running here.' }
    }
    const path = linkPath(key, reply.attachment, asker, realClock.now().epochMilliseconds)
    return { url: `${base}${path}`, name: reply.attachment.name }
  }
}
