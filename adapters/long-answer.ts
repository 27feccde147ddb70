// How long a chat answer may get, on every chat platform alike: up to MAX_MESSAGES messages, the
// last ending with a note that says how many lines were left out and which command narrows them.
// Posting every page of a 2,000-row list as its own message floods the conversation and runs into
// the platforms' rate limits (Teams answered 59 messages with 429 retries).

export const MAX_MESSAGES = 6

/** What the cap keeps, and how many listed rows it left out. */
export interface Capped<T> {
  pages: T[][]
  leftOut: number
}

/**
 * The first `max` pages, with pieces dropped from the end of the last kept page until
 * `roomForNote` says the note fits there; the rows of everything dropped are counted.
 */
export function capPages<T>(
  pages: T[][],
  max: number,
  rowsOf: (piece: T) => number,
  roomForNote: (page: T[]) => boolean,
): Capped<T> {
  const kept = pages.slice(0, Math.max(1, max)).map((page) => [...page])
  let leftOut = pages.slice(kept.length).reduce((n, page) => n + rows(page, rowsOf), 0)
  const end = kept[kept.length - 1]!
  while (end.length > 0 && !roomForNote(end)) leftOut += rowsOf(end.pop()!)
  return { pages: kept, leftOut }
}

function rows<T>(page: T[], rowsOf: (piece: T) => number): number {
  return page.reduce((n, piece) => n + rowsOf(piece), 0)
}

/**
 * How much of a long answer is worth rendering. Once what is rendered certainly fills more than
 * `maxMessages` messages, the rest is left out anyway, so its rows are counted instead of rendered
 * (a 100,000-vendor agenda rendered 687 Slack messages, 190 ms, to send six). "Certainly": no
 * message holds more than `limits` of each measure (characters, blocks, bytes), a piece alone on
 * a message is counted up to that, and one message more is kept in hand for what splitting a long
 * line loses.
 */
export class RenderBudget {
  /** Listed rows never rendered, one per item: the cap's note counts them as left out. */
  unrenderedRows = 0
  private readonly used: number[]

  constructor(
    private readonly maxMessages: number,
    private readonly limits: readonly number[],
  ) {
    this.used = limits.map(() => 0)
  }

  /** A rendered piece's size in each measure. */
  add(sizes: readonly number[]): void {
    sizes.forEach((size, i) => {
      this.used[i]! += Math.min(size, this.limits[i]!)
    })
  }

  /** Whether it is all used, with `pending` of each measure rendered but not yet added. */
  full(pending: readonly number[] = []): boolean {
    const messages = this.maxMessages + 2
    return this.used.some((used, i) => used + (pending[i] ?? 0) > messages * this.limits[i]!)
  }
}

/** Commands whose lists narrow with a filter or a window, with an example of the narrower form. */
const NARROWER: { starts: RegExp; hint: string }[] = [
  { starts: /^renewals\b/i, hint: '"renewals next 30 days tier critical" (or owner, kind, over 100000)' },
  { starts: /^vendors\b/i, hint: '"vendors tier critical" or "vendors owner @name"' },
  { starts: /^risk due\b/i, hint: '"risk due overdue" or "risk due 30 days"' },
  { starts: /^sla claims\b/i, hint: '"sla claims 30 days"' },
]

/** The closing line of a capped answer: how many lines are left and how to see them. */
export function moreLinesNote(leftOut: number, command?: string): string {
  const what = leftOut === 0 ? 'the rest' : leftOut === 1 ? '1 more line' : `${leftOut} more lines`
  const typed = command?.trim() ?? ''
  const hint = NARROWER.find((n) => n.starts.test(typed))?.hint
  const how = hint
    ? `Narrow the request to see them, e.g. ${hint}.`
    : 'Narrow the request (a shorter window, a tier or an owner) to see them.'
  return `… and ${what} not shown here. ${how}`
}
