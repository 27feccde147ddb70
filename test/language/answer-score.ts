// Scores a set of lines by what Tickler actually answered, through the one dispatcher as a
// terminal user: the command it says it ran ("Understood as …"), the exact command a proposal
// would run, the first line of a one-fact answer, or the kind of refusal. A proposal of any other
// change, or a stored change of any kind, is a wrong write. A line answered as typed is right when
// its answer is exactly the expected command's.
import { renderReply } from '../../adapters/console/render.ts'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { COLLECTION_SCHEMAS, type CollectionName } from '../../src/store/store.ts'
import type { MemoryStore } from '../support/memory-store.ts'
import type { JobCase, JobExpected } from './job-held-out-set.ts'

export interface AnswerFailure {
  text: string
  expected: string
  got: string
  wrongWrite: boolean
}

export interface AnswerScore {
  total: number
  correct: number
  accuracy: number
  wrongWrites: number
  failures: AnswerFailure[]
}

/** The first non-empty line a person sees in the terminal. */
export function firstLine(reply: Reply): string {
  return (
    renderReply(reply)
      .split('\n')
      .find((l) => l.trim() !== '') ?? ''
  )
}

/** What the reply shows Tickler understood, in the phrasing set's terms. */
export function understood(reply: Reply): string {
  if (reply.confirm) return reply.confirm
  const lines = (reply.text ?? []).map(plain)
  const ran = lines.find((l) => l.startsWith('Understood as '))
  if (ran) return ran.slice('Understood as '.length)
  const first = lines[0] ?? ''
  if (reply.status === 'rejected') {
    if (first.startsWith("I'm not sure")) return 'unsure'
    if (first.startsWith("Sorry, I can't help")) return 'unknown'
    const incomplete = /^That sounds like (.+?), but I need/.exec(first)
    if (incomplete) return `(incomplete ${incomplete[1]})`
    return `rejected: ${first}`
  }
  return `answered as typed: ${firstLine(reply)}`
}

function describeExpected(e: JobExpected): string {
  if (typeof e === 'string') return e
  if ('fact' in e) return `first line with ${e.fact.map((f) => `"${f}"`).join(', ')}`
  return `(incomplete ${e.incomplete})`
}

function judge(expect: JobExpected, reply: Reply): { right: boolean; got: string } {
  if (typeof expect === 'object' && 'fact' in expect) {
    const line = firstLine(reply)
    const folded = line.toLowerCase()
    const right =
      reply.status === 'ok' &&
      reply.confirm === undefined &&
      expect.fact.every((piece) => folded.includes(piece.toLowerCase()))
    return { right, got: `first line "${line}"` }
  }
  const got = understood(reply)
  return { right: got === describeExpected(expect), got }
}

/** An expected read command, safe to run for comparison. */
function isRead(e: JobExpected, tickler: Tickler): e is string {
  if (typeof e !== 'string') return false
  const named = tickler.context.commands
    .filter((c) => e === c.name || e.startsWith(`${c.name} `))
    .sort((a, b) => b.name.length - a.name.length)[0]
  return named !== undefined && !named.writes
}

/**
 * A read understood in other words than the set's (`renewals Q2 2027` for `renewals q2`, `owner
 * U0NORTH` for `owner me` asked by U0NORTH) is right when it answers exactly what the expected
 * command answers, typed explicitly by the same user at the same instant. Proposals and
 * refusals are still compared by their text: a write must propose the expected command.
 */
async function sameAnswer(
  expect: JobExpected,
  reply: Reply,
  tickler: Tickler,
  user: string,
): Promise<boolean> {
  if (!isRead(expect, tickler)) return false
  if (reply.status !== 'ok' || reply.confirm !== undefined) return false
  const explicit = await tickler.run({ text: expect, user, platform: 'terminal' })
  if (explicit.status !== 'ok' || explicit.confirm !== undefined) return false
  const body = (r: Reply) =>
    renderReply(r)
      .split('\n')
      .filter((l) => !l.startsWith('Understood as '))
      .join('\n')
  return body(reply) === body(explicit)
}

/** A fresh copy of the register the cases run on, for trying a write without touching it. */
export type FreshRegister = () => Promise<{ tickler: Tickler; store: MemoryStore }>

/**
 * Every record of every collection in a stable order, with the random ids of a fresh register
 * replaced by what they name (two fresh copies of the demo register get different UUIDs).
 */
function registerState(store: MemoryStore): string[] {
  const names = new Map<string, string>()
  for (const v of store.all('vendors')) names.set(v.id, `vendor ${v.name}`)
  for (const c of store.all('contracts')) names.set(c.id, `contract ${names.get(c.vendorId)} ${c.title}`)
  for (const k of store.all('riskChecks')) names.set(k.id, `check ${names.get(k.vendorId)} ${k.kind}`)
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
  return (Object.keys(COLLECTION_SCHEMAS) as CollectionName[]).flatMap((name) =>
    store
      .all(name)
      .map((record) => `${name} ${JSON.stringify(record).replace(uuid, (id) => names.get(id) ?? 'new')}`)
      .sort(),
  )
}

/**
 * A proposal worded differently from the expected command (`risk done X insurance` for `… on
 * <today>`) is the expected write when confirming it stores exactly what typing the expected
 * command stores, each on a fresh copy of the register: the issue counts a proposal as a wrong
 * write when it "would store a wrong value".
 */
async function sameWrite(
  proposal: string,
  expected: string,
  fresh: FreshRegister,
  user: string,
): Promise<boolean> {
  const stateAfter = async (command: string) => {
    const { tickler, store } = await fresh()
    try {
      const reply = await tickler.run({ text: command, user, platform: 'terminal' })
      return reply.status === 'ok' && reply.confirm === undefined ? registerState(store) : undefined
    } finally {
      await tickler.close()
    }
  }
  const [a, b] = [await stateAfter(proposal), await stateAfter(expected)]
  return a !== undefined && b !== undefined && a.length === b.length && a.every((line, i) => line === b[i])
}

export async function scoreAnswers(
  cases: readonly JobCase[],
  tickler: Tickler,
  store: MemoryStore,
  user: string,
  fresh?: FreshRegister,
): Promise<AnswerScore> {
  const failures: AnswerFailure[] = []
  for (const c of cases) {
    const before = store.revision
    const reply = await tickler.run({ text: c.text, user, platform: 'terminal' })
    const stored = store.revision !== before
    const judged = judge(c.expect, reply)
    const wanted = typeof c.expect === 'string' ? c.expect : undefined
    const equivalentWrite =
      fresh !== undefined &&
      wanted !== undefined &&
      reply.confirm !== undefined &&
      reply.confirm !== wanted &&
      (await sameWrite(reply.confirm, wanted, fresh, user))
    const right = judged.right || equivalentWrite || (await sameAnswer(c.expect, reply, tickler, user))
    const { got } = judged
    const wrongWrite = stored || (reply.confirm !== undefined && reply.confirm !== wanted && !equivalentWrite)
    if (right && !wrongWrite) continue
    failures.push({
      text: c.text,
      expected: describeExpected(c.expect),
      got: stored ? `STORED A CHANGE; ${got}` : got,
      wrongWrite,
    })
  }
  const correct = cases.length - failures.length
  return {
    total: cases.length,
    correct,
    accuracy: cases.length === 0 ? 1 : correct / cases.length,
    wrongWrites: failures.filter((f) => f.wrongWrite).length,
    failures,
  }
}
