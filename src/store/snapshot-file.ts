// snapshot.json: the register's current records, sequences and audit-trail index as of a journal
// extent, so a start reads them instead of replaying every journal line (issue 19: serve ready in
// under 1 s at 10,000 vendors). It names the journal bytes it covers and their SHA-256; a start
// uses it only when those bytes are unchanged (journal-digest.ts). Written whole and atomically
// (durable-json-file.ts), so a reader sees the old file or the new one, never a mix.
//
// One JSON array, an element a line: the head, then runs of at most PART records of one
// collection with their first audit entries. Read a line at a time in chunks (line-scanner.ts),
// so the file is never one string: a 30 MB one cost more to decode and collect than to parse.
import { createHash } from 'node:crypto'
import { fstatSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { type ZodType, z } from 'zod'
import { StoreLoadError } from '../errors/errors.ts'
import { DurableJsonFile } from './durable-json-file.ts'
import { scanLinesSync } from './line-scanner-sync.ts'
import { COLLECTION_SCHEMAS, type CollectionName } from './store.ts'
import { errorCode, type StoreFs } from './store-fs.ts'
import { type TrailHead, TrailHeadSchema, type TrailPart, UUID_LENGTH } from './trail-index.ts'

export const SNAPSHOT_FILE = 'snapshot.json'
export const SNAPSHOT_FORMAT = 'tickler-snapshot' as const
/**
 * Records a line: about 100 KB of text, under V8's large-object size (128 KB), so each line's
 * string is made in the young generation and dropped there. At 2,000 records (900 KB) every line
 * was a fresh large object, and turning 30 MB of bytes into strings cost 107 ms instead of 47.
 */
const PART = 250

const count = z.number().int().min(0)
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in hex' })

const HeadSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT, { message: `must be "${SNAPSHOT_FORMAT}"` }),
  version: z.literal(1, { message: 'must be 1' }),
  journal: z.object({
    files: z
      .array(z.object({ name: z.string().regex(/^journal-\d{4}-\d{2}\.jsonl$/), length: count }))
      .min(1),
    sha256,
  }),
  revision: count,
  /** [name, value] pairs: a sequence's name is free text, and pairs keep their order. */
  sequences: z.array(z.tuple([z.string().min(1), count])),
  /** How many part lines follow: a file cut short is refused, never read as a smaller register. */
  parts: count,
  trail: TrailHeadSchema,
  /**
   * The code that wrote the records (code-identity.ts) and the SHA-256 of the bytes after this
   * line: both as this start finds them, and the records are taken unchecked (snapshot-trust.ts).
   * Absent from a snapshot written from the sources.
   */
  written: z.object({ by: sha256, sha256 }).optional(),
})
export type SnapshotHead = z.infer<typeof HeadSchema>

export interface Snapshot {
  head: SnapshotHead
  /** Records not yet checked against their schemas (snapshot-load.ts does, naming the line). */
  parts: (TrailPart & { line: number })[]
}

/** Compiled on first use, like the record schemas (validate-current.ts). */
let compiledHead: ZodType | undefined

export function snapshotError(
  line: number | undefined,
  detail: string,
  record?: string,
  field?: string,
): never {
  const where = line === undefined ? SNAPSHOT_FILE : `${SNAPSHOT_FILE} line ${line}`
  throw new StoreLoadError(`${where}: ${detail}`, SNAPSHOT_FILE, record, field)
}

/**
 * The folder's snapshot with its form and index checked (not yet its records); null when none.
 * `onHead` gets the head as soon as it is read, to start checking the journal meanwhile.
 */
export function readSnapshot(
  dir: string,
  fs: StoreFs,
  onHead: (head: SnapshotHead) => void = () => {},
): Snapshot | null {
  // Read on this thread: nothing else runs during a start, and 120 thread-pool round trips for
  // 30 MB showed as 90 ms of the main thread's time.
  let fd: number
  try {
    fd = fs.openSync(path.join(dir, SNAPSHOT_FILE), 'r')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  let head: SnapshotHead | undefined
  const parts: Snapshot['parts'] = []
  let line = 0
  let closed = false
  try {
    const { size } = fstatSync(fd)
    const end = scanLinesSync(fd, 0, size, (text) => {
      line++
      if (closed) snapshotError(line, 'follows the closing "]"')
      if (text === ']') {
        closed = true
        return
      }
      const json = parseLine(text.slice(1), line, line === 1 ? '[' : ',', text[0])
      if (line === 1) {
        head = checkHead(json)
        onHead(head)
      } else parts.push({ ...checkPart(json, head!, line), line })
    })
    if (end < size || !closed)
      snapshotError(undefined, 'is cut short: it does not end with "]" on a line of its own')
  } finally {
    fs.closeSync(fd)
  }
  if (!head) return snapshotError(undefined, 'has no head line')
  if (parts.length !== head.parts) {
    snapshotError(
      undefined,
      `holds ${parts.length} parts where its head says ${head.parts}`,
      undefined,
      'parts',
    )
  }
  return { head, parts }
}

function parseLine(text: string, line: number, opener: string, first: string | undefined): unknown {
  if (first !== opener) snapshotError(line, `must start with "${opener}"`)
  try {
    return JSON.parse(text)
  } catch (error) {
    return snapshotError(line, `is not valid JSON (${(error as Error).message})`)
  }
}

function checkHead(raw: unknown): SnapshotHead {
  compiledHead ??= z.compile(HeadSchema)
  // The raw value, not zod's copy: the schema has no defaults or transforms.
  if (compiledHead.safeParse(raw).success) return raw as SnapshotHead
  const issue = HeadSchema.safeParse(raw).error?.issues[0]
  const field = issue?.path.join('.') || '(head)'
  return snapshotError(1, `field "${field}" ${issue?.message ?? 'is not valid'}`, undefined, field)
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0

/** A part's structure and its index references, against the head; records are checked later. */
function checkPart(raw: unknown, head: SnapshotHead, line: number): TrailPart {
  const bad = (field: string, detail: string): never =>
    snapshotError(line, `field "${field}" ${detail}`, undefined, field)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('(part)', 'must be an object')
  const part = raw as Record<string, unknown>
  const { collection, records, runs, audits, later, after } = part
  if (typeof collection !== 'string' || !Object.hasOwn(COLLECTION_SCHEMAS, collection)) {
    bad('collection', 'must be a collection name')
  }
  if (!Array.isArray(records)) return bad('records', 'must be a list')
  // Which positions have their first entry here: `later` and `after` may name only those.
  const here = new Uint8Array(records.length)
  if (!Array.isArray(runs) || runs.length % 4 !== 0)
    return bad('runs', 'must be a list of runs of four numbers')
  let trailed = 0
  for (let r = 0, next = 0; r < runs.length; r += 4) {
    const [p, count, header, index] = [runs[r], runs[r + 1], runs[r + 2], runs[r + 3]]
    const valid =
      isCount(p) &&
      isCount(count) &&
      isCount(header) &&
      isCount(index) &&
      count > 0 &&
      p >= next &&
      p + count <= records.length &&
      header < head.trail.headers.length
    if (!valid) bad(`runs.${r}`, 'is not a run of records of this part with a header of the head')
    here.fill(1, p, p + count)
    next = p + count
    trailed += count
  }
  // Any 36 characters are an audit id a journal may hold (ids are only non-empty), so the length
  // is the check.
  const packed = typeof audits === 'string' && audits.length === trailed * UUID_LENGTH
  const listed =
    Array.isArray(audits) &&
    audits.length === trailed &&
    audits.every((a) => typeof a === 'string' && a !== '')
  if (!packed && !listed) bad('audits', `must hold the ${trailed} audit entry ids of the runs`)
  const lines = head.trail.lines.length / 4
  const pairs = (list: unknown) =>
    Array.isArray(list) &&
    list.length % 2 === 0 &&
    list.every((n, k) => isCount(n) && (k % 2 > 0 || n < lines))
  const sparse = (name: string, value: unknown, ok: (v: unknown) => boolean): void => {
    if (!Array.isArray(value)) bad(name, 'must be a list')
    ;(value as unknown[]).forEach((v, k) => {
      const valid = Array.isArray(v) && v.length === 2 && isCount(v[0]) && here[v[0]] === 1
      if (!valid || !ok(v[1])) bad(`${name}.${k}`, 'must name a record of a run')
    })
  }
  sparse('later', later, pairs)
  sparse('after', after, () => true)
  return {
    collection: collection as CollectionName,
    records,
    trail: part as unknown as TrailPart['trail'],
  }
}

/** Stands in the head for the SHA-256 of the lines after it until they are written. */
const PENDING = '0'.repeat(64)

/**
 * Writes the snapshot: `parts` are runs of one collection's records with their first entries.
 * With `writer` (the running code's identity), the head names it and the hash of what follows.
 */
export async function writeSnapshot(
  dir: string,
  fs: StoreFs,
  head: Omit<SnapshotHead, 'parts' | 'trail' | 'written'>,
  trail: TrailHead,
  parts: readonly TrailPart[],
  writer: string | null,
): Promise<void> {
  const written = writer === null ? {} : { written: { by: writer, sha256: PENDING } }
  const first = `[${JSON.stringify({ ...head, parts: parts.length, trail, ...written })}\n`
  const hash = createHash('sha256')
  function* lines(): Generator<string> {
    yield first
    for (const { collection, records, trail: t } of parts) {
      const line = `,${JSON.stringify({ collection, records, ...t })}\n`
      hash.update(line)
      yield line
    }
    hash.update(']\n')
    yield ']\n'
  }
  // Hashed as written, then put in place of PENDING (the head's last value) before the file is
  // synced and renamed: the parts are made into text once, and never held all at once.
  const fillDigest =
    writer === null
      ? undefined
      : async (handle: FileHandle) => {
          const at = Buffer.byteLength(first.slice(0, first.lastIndexOf(PENDING)))
          await handle.write(Buffer.from(hash.digest('hex')), 0, PENDING.length, at)
        }
  await new DurableJsonFile<unknown>(path.join(dir, SNAPSHOT_FILE), fs).writeText(lines(), fillDigest)
}

/** The register's records in runs of at most PART of one collection, in the register's order. */
export function partition(
  collections: Record<string, readonly unknown[]>,
): { collection: string; records: unknown[] }[] {
  const out: { collection: string; records: unknown[] }[] = []
  for (const [collection, all] of Object.entries(collections)) {
    for (let i = 0; i < all.length; i += PART) out.push({ collection, records: all.slice(i, i + PART) })
  }
  return out
}
