// Splitting a reply's blocks into messages that each stay inside Slack's limits (50 blocks, about
// 12,000 characters), with the closing buttons on the last one and, when even `maxMessages` is
// not enough, a note saying how many rows were left out; and the body that stops collecting
// pieces once they fill more messages than can be sent.
import { capPages, RenderBudget } from '../long-answer.ts'
import type { Block } from './blocks.ts'
import { LIMITS } from './limits.ts'

/** One block plus what it costs (characters) and how many listed rows it carries. */
export interface Piece {
  block: Block
  chars: number
  rows: number
}

/** Fills messages in order; overflow beyond `maxMessages` is replaced by a "more" note. */
export function paginate(
  body: Piece[],
  tail: Piece[],
  maxMessages: number,
  note: (leftOut: number) => Piece,
  /** Rows left out before they were rendered (block-kit.ts stops rendering past the cap). */
  unrenderedRows = 0,
): Block[][] {
  const pages = fill(body)
  const tailChars = sum(tail)
  const fits = (page: Piece[], extraBlocks: number, extraChars: number) =>
    page.length + extraBlocks <= LIMITS.blocksPerMessage && sum(page) + extraChars <= LIMITS.messageChars
  const last = pages[pages.length - 1]
  const needsOwnPage = tail.length > 0 && (!last || !fits(last, tail.length, tailChars))
  if (pages.length + (needsOwnPage ? 1 : 0) <= maxMessages) {
    if (needsOwnPage) pages.push([...tail])
    else if (last) last.push(...tail)
    else pages.push([...tail])
    return pages.map((p) => p.map((x) => x.block))
  }

  const noteChars = 200
  const capped = capPages(
    pages,
    maxMessages,
    (x) => x.rows,
    (end) => fits(end, tail.length + 1, tailChars + noteChars),
  )
  capped.pages[capped.pages.length - 1]!.push(note(capped.leftOut + unrenderedRows), ...tail)
  return capped.pages.map((p) => p.map((x) => x.block))
}

function fill(pieces: Piece[]): Piece[][] {
  const pages: Piece[][] = []
  let page: Piece[] = []
  let chars = 0
  for (const piece of pieces) {
    if (
      page.length > 0 &&
      (page.length + 1 > LIMITS.blocksPerMessage || chars + piece.chars > LIMITS.messageChars)
    ) {
      pages.push(page)
      page = []
      chars = 0
    }
    page.push(piece)
    chars += piece.chars
  }
  if (page.length > 0) pages.push(page)
  return pages
}

function sum(pieces: Piece[]): number {
  return pieces.reduce((n, x) => n + x.chars, 0)
}

/**
 * The body's pieces in order, against what `maxMessages` messages can hold (RenderBudget): past
 * that, the items after them are counted, not rendered.
 */
export class Body extends RenderBudget {
  readonly pieces: Piece[] = []

  constructor(maxMessages: number) {
    super(maxMessages, [LIMITS.messageChars, LIMITS.blocksPerMessage])
  }

  push(pieces: readonly Piece[]): void {
    for (const piece of pieces) {
      this.pieces.push(piece)
      this.add([piece.chars, 1])
    }
  }
}
