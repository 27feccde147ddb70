// A long list whose items count how often their text is read: a renderer that stops at what it
// can show reads only those, one that renders everything reads them all.
import type { Item } from '../../src/reply/reply.ts'

/** `count` renewal-like items, every third with a button, and how many texts were read so far. */
export function countedItems(count: number): { items: Item[]; reads: () => number } {
  let read = 0
  const items = Array.from({ length: count }, (_, i) => ({
    get text() {
      read++
      return `Contract ${i} renews on 2027-01-${String((i % 28) + 1).padStart(2, '0')}`
    },
    ...(i % 3 === 0 ? { actions: [{ label: 'Ack', command: `ack ${i}` }] } : {}),
  }))
  return { items, reads: () => read }
}
