// Reply → the App Home view (views.publish). The Home is one view of at most 100 blocks, not a run
// of messages: the reply is rendered as messages are (block-kit.ts) and joined, and when it does not
// fit, rows are left out from the end and a note says how many; the Home's own closing line names
// the commands that list them all. The outcome of a button pressed on the Home goes on top.
import type { Item, Reply, Section } from '../../src/reply/reply.ts'
import { RUN_ACTION, renderMessages } from './block-kit.ts'
import type { Block, Button, HomeView } from './blocks.ts'

export const HOME_BLOCKS = 100
/** Room kept for the outcome of a button press above the Home. */
const NOTICE_BLOCKS = 12

export function renderHome(home: Reply, notice?: Reply): HomeView {
  const top = notice ? noticeBlocks(notice) : []
  return { type: 'home', blocks: [...top, ...capped(home, HOME_BLOCKS - top.length)] }
}

function blocksOf(reply: Reply): Block[] {
  return renderMessages(reply).flatMap((m) => m.blocks)
}

function noticeBlocks(notice: Reply): Block[] {
  const [first] = renderMessages(notice, { maxMessages: 1 })
  const blocks = (first?.blocks ?? []).map(ownActionIds)
  if (blocks.length <= NOTICE_BLOCKS) return blocks
  return [
    ...blocks.slice(0, NOTICE_BLOCKS - 1),
    context(
      '… the rest of this answer is not shown here: send the command to me in a message to see it all.',
    ),
  ]
}

function capped(home: Reply, budget: number): Block[] {
  const all = blocksOf(home)
  if (all.length <= budget) return all
  const total = itemCount(home)
  // The most rows that fit with the note: rendering is pure and cheap, so search on the count.
  let lo = 0
  let hi = total
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (blocksOf(keepRows(home, mid, total - mid)).length <= budget) lo = mid
    else hi = mid - 1
  }
  return blocksOf(keepRows(home, lo, total - lo)).slice(0, budget)
}

function itemCount(reply: Reply): number {
  return (reply.sections ?? []).reduce((n, s) => n + (s.items?.length ?? 0), 0)
}

/** The reply with only its first `keep` rows, in order, and a note on the `left` left out. */
function keepRows(reply: Reply, keep: number, left: number): Reply {
  let room = keep
  const sections: Section[] = []
  for (const section of reply.sections ?? []) {
    const items: Item[] = section.items ?? []
    if (items.length === 0) {
      sections.push(section)
      continue
    }
    if (room === 0) continue
    sections.push({ ...section, items: items.slice(0, room) })
    room = Math.max(0, room - items.length)
  }
  const note = `… and ${left === 1 ? '1 more' : `${left} more`} not shown here (the Home tab holds ${HOME_BLOCKS} blocks).`
  return { ...reply, sections, footer: [note, ...(reply.footer ?? [])] }
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] }
}

/**
 * The notice and the Home are rendered apart, each numbering its buttons from 0, and Slack wants
 * an action_id once per view: the notice's buttons get their own ids, still tickler_run… so the
 * same listener runs them.
 */
function ownActionIds(block: Block): Block {
  const own = (button: Button): Button => ({
    ...button,
    action_id: button.action_id.replace(`${RUN_ACTION}:`, `${RUN_ACTION}:notice:`),
  })
  if (block.type === 'actions') return { ...block, elements: block.elements.map(own) }
  if (block.type === 'section' && block.accessory) return { ...block, accessory: own(block.accessory) }
  return block
}
