// Whether a snapshot's records are taken as they are, without their schemas run again: only when
// the running code wrote them (its identity is the one the head names) and the bytes after the
// head are the ones it wrote (their SHA-256 is the one the head names). Such a snapshot is not
// untrusted input (SPEC §6.2, §7 "validated at start"): every record in it was checked by these
// very schemas before this code wrote it (a register in memory holds only records validated as
// they were read or written), and the hash shows no byte has changed since, by hand or by the
// disk. Any other snapshot (a hand edit, another build or Node version, one written from the
// sources, or one from before this rule) is checked record by record, with the same errors.
// Like the journal's digest (journal-digest.ts), the hash catches mistakes and damage; a hand edit
// that also recomputes it and copies the writer's identity is a deliberate bypass.
// At 10,000 vendors that check was about 300 ms of a 1.1 s `serve` start.
import type { StartDigest } from './journal-digest.ts'
import type { SnapshotHead } from './snapshot-file.ts'

/** True when `head` says `identity` wrote the records and `digest` found their bytes unchanged. */
export function writtenByThisCode(head: SnapshotHead, digest: StartDigest, identity: string | null): boolean {
  const written = head.written
  return (
    identity !== null &&
    written !== undefined &&
    written.by === identity &&
    digest.records !== null &&
    written.sha256 === digest.records
  )
}
