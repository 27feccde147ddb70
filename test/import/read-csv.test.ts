// The streaming CSV reader (SPEC §7): rows come out while the file is still being read, whatever
// the chunk boundaries; NUL bytes, bare CRs and mixed line endings are rejected with the line.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../src/import/import-error.ts'
import { importFiles } from '../../src/import/importer.ts'
import { type CsvSource, openCsv } from '../../src/import/read-csv.ts'
import { MemoryStore } from '../support/memory-store.ts'

const encode = (text: string) => new TextEncoder().encode(text)

/** A source that hands out `size`-byte chunks and counts how many were read. */
function chunked(text: string, size: number): CsvSource & { read: number } {
  const bytes = encode(text)
  const source = {
    name: 'v.csv',
    read: 0,
    *chunks() {
      for (let at = 0; at < bytes.length; at += size) {
        source.read++
        yield bytes.subarray(at, at + size)
      }
    },
  }
  return source
}

function rows(source: CsvSource) {
  return [...openCsv(source, 1e9).rows()].map((r) => [r.line, r.values])
}

function rejection(text: string): ImportError {
  try {
    rows({ name: 'v.csv', bytes: encode(text) })
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error('the file was accepted')
}

const TEXT =
  '\uFEFFname,tier,notes\r\nSociété Générale,high,"two\r\nlines, ""quoted"""\r\n\r\nZürich Ltd,low,\r\n'

describe('openCsv', () => {
  it('reads the same rows whatever the chunk size, multi-byte letters and CRLF split across chunks', () => {
    const whole = rows({ name: 'v.csv', bytes: encode(TEXT) })
    expect(whole).toEqual([
      [2, { name: 'Société Générale', tier: 'high', notes: 'two\r\nlines, "quoted"' }],
      [5, { name: 'Zürich Ltd', tier: 'low', notes: '' }],
    ])
    for (const size of [1, 2, 3, 7]) expect(rows(chunked(TEXT, size))).toEqual(whole)
  })

  it('hands on the first row after reading only the chunks it needs', () => {
    const text = `name,tier\n${Array.from({ length: 2000 }, (_, i) => `Vendor ${i},low\n`).join('')}`
    const source = chunked(text, 64)
    const file = openCsv(source, 1e9)
    const iterator = file.rows()[Symbol.iterator]()
    const readBefore = source.read
    expect(iterator.next().value).toEqual({ line: 2, values: { name: 'Vendor 0', tier: 'low' } })
    expect(source.read - readBefore).toBeLessThan(3)
    let count = 1
    while (!iterator.next().done) count++
    expect(count).toBe(2000)
    expect(source.read - readBefore).toBeGreaterThan(300)
  })

  it('rejects a NUL byte, naming the line', () => {
    const error = rejection('name,tier\nA,low\nB\u0000,low\n')
    expect([error.line, error.detail]).toEqual([
      3,
      'the file contains a NUL byte, which CSV text never has (was it saved as UTF-16 or as a spreadsheet?)',
    ])
  })

  it('rejects LF and CRLF line endings in one file, but not a CRLF inside quotes', () => {
    const mixed = rejection('name,tier\r\nA,low\r\nB,low\nC,low\r\n')
    expect(mixed.line).toBe(3)
    expect(mixed.detail).toBe(
      'the file mixes line endings: this line ends with LF, earlier lines with CRLF; save it with one kind (LF or CRLF)',
    )
    const other = rejection('name,tier\nA,low\r\n')
    expect(other.detail).toContain('this line ends with CRLF, earlier lines with LF')
    expect(rows({ name: 'v.csv', bytes: encode('name,notes\nA,"x\r\ny"\n') })).toEqual([
      [2, { name: 'A', notes: 'x\r\ny' }],
    ])
  })

  it('rejects a bare CR and a quote inside an unquoted value', () => {
    expect(rejection('name,tier\rA,low\r').detail).toContain(
      'carriage return (CR) is not followed by a line feed',
    )
    expect(rejection('name,tier\nA "B",low\n').detail).toContain('does not start with one')
  })

  it('rejects the whole import when a later chunk is bad, and stores nothing', async () => {
    const store = new MemoryStore()
    const text = `name,tier\n${Array.from({ length: 500 }, (_, i) => `Vendor ${i},low\n`).join('')}Last,low\r\n`
    const error = await importFiles(store, [chunked(text, 256)], {
      who: 'terminal',
      at: Temporal.Instant.from('2026-11-25T10:00:00Z'),
      zone: 'UTC',
      maxBytes: 1e6,
    }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).message).toContain('v.csv, line 502: the file mixes line endings')
    expect(store.all('vendors')).toEqual([])
    expect(store.revision).toBe(0)
  })
})
