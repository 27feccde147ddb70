// The server secret that signs statement download links (SPEC §12). Generated once, when `tickler
// serve` first starts with Teams on, and kept in the store (collection linkSecrets: bookkeeping,
// never audited or exported), so every process of a deployment, and every restart, signs and checks
// links alike. Deleting the record revokes every link made so far.
import { randomBytes } from 'node:crypto'
import type { Store, StoreView } from '../../src/store/store.ts'
import type { Clock } from '../../src/time/clock.ts'

export const LINK_SECRET_ID = 'statement-links'

export async function ensureLinkSecret(store: Store, clock: Clock): Promise<void> {
  if (store.get('linkSecrets', LINK_SECRET_ID)) return
  const at = clock.now()
  await store.transact({ who: 'tickler', at, action: 'link secret' }, (tx) => {
    // Another process may have made it meanwhile: keep theirs, or links it signed would break.
    if (tx.get('linkSecrets', LINK_SECRET_ID)) return
    tx.put('linkSecrets', {
      id: LINK_SECRET_ID,
      key: randomBytes(32).toString('base64url'),
      createdAt: at.toString({ smallestUnit: 'millisecond' }),
    })
  })
}

/** The key, or undefined before `serve` has made one. */
export function linkKey(view: StoreView): Buffer | undefined {
  const secret = view.get('linkSecrets', LINK_SECRET_ID)
  return secret ? Buffer.from(secret.key, 'base64url') : undefined
}
