// Every store file is validated at load; a bad one stops the load naming file, record and field,
// and is never touched. Only a torn last journal line is dropped.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreLoadError } from '../../src/errors/errors.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { CollectionName, RecordOf } from '../../src/store/store.ts'
import { change, SAMPLES, snapshotDir, tempDir, vendor } from './helpers.ts'

const JOURNAL = 'journal-2026-11.jsonl'

async function storeWith(
  fill: (put: <K extends CollectionName>(name: K, r: RecordOf<K>) => Promise<void>) => Promise<void>,
) {
  const dir = await tempDir()
  const store = await openJsonStore(dir)
  await fill(async (name, record) => {
    await store.transact(change(), (tx) => tx.put(name, record))
  })
  await store.close()
  return dir
}

async function loadError(dir: string): Promise<StoreLoadError> {
  const before = await snapshotDir(dir)
  const error = await openJsonStore(dir).then(
    async (store) => {
      await store.close()
      return undefined
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StoreLoadError)
  // Byte-for-byte untouched, and nothing added or removed.
  expect(await snapshotDir(dir)).toEqual(before)
  return error as StoreLoadError
}

async function editJournal(dir: string, edit: (lines: string[]) => string[] | string): Promise<void> {
  const file = path.join(dir, JOURNAL)
  const lines = (await fsp.readFile(file, 'utf8')).split('\n').slice(0, -1)
  const result = edit(lines)
  await fsp.writeFile(file, typeof result === 'string' ? result : `${result.join('\n')}\n`)
}

describe('load validation', () => {
  for (const [name, sample] of Object.entries(SAMPLES) as [
    CollectionName,
    (typeof SAMPLES)[CollectionName],
  ][]) {
    it(`rejects a bad ${name} record naming file, record and field`, async () => {
      const dir = await storeWith(async (put) => {
        await put('vendors', vendor('v0'))
        await put(name, sample.record as never)
        await put('vendors', vendor('v9'))
      })
      await editJournal(dir, (lines) => {
        const tx = JSON.parse(lines[1]!)
        tx.changes[0].after[sample.field] = sample.bad
        lines[1] = JSON.stringify(tx)
        return lines
      })
      const error = await loadError(dir)
      expect(error.file).toBe(JOURNAL)
      expect(error.record).toBe(sample.record.id)
      expect(error.field).toBe(sample.field)
      expect(error.message).toContain(
        `${JOURNAL} line 2: ${name} record ${sample.record.id}: field "${sample.field}"`,
      )
    })
  }

  it('rejects a record with a required field missing', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    await editJournal(dir, (lines) => [lines[0]!.replace('"tier":"high",', '')])
    const error = await loadError(dir)
    expect([error.record, error.field]).toEqual(['v1', 'tier'])
  })

  it('rejects a bad audit header (who/when/what) on a line', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    await editJournal(dir, (lines) => [lines[0]!.replace(/"at":"[^"]*"/, '"at":"last tuesday"')])
    const error = await loadError(dir)
    expect([error.file, error.record, error.field]).toEqual([JOURNAL, 'line 1', 'at'])
  })

  it('rejects an audited change without its audit entry id', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    await editJournal(dir, (lines) => [lines[0]!.replace(/"audit":"[^"]*",/, '')])
    const error = await loadError(dir)
    expect([error.record, error.field]).toEqual(['v1', 'changes.0.audit'])
  })

  it('rejects a line that is not JSON in the middle of a journal', async () => {
    const dir = await storeWith(async (put) => {
      await put('vendors', vendor('v1'))
      await put('vendors', vendor('v2'))
    })
    await editJournal(dir, (lines) => [lines[0]!.slice(0, 40), lines[1]!])
    const error = await loadError(dir)
    expect(error.message).toMatch(/line 1: is not valid JSON/)
    expect(error.record).toBe('line 1')
  })

  it('rejects a missing or repeated transaction', async () => {
    const dir = await storeWith(async (put) => {
      await put('vendors', vendor('v1'))
      await put('vendors', vendor('v2'))
      await put('vendors', vendor('v3'))
    })
    await editJournal(dir, (lines) => [lines[0]!, lines[2]!])
    const error = await loadError(dir)
    expect(error.message).toMatch(/line 2: revision 3 follows revision 1/)
    expect(error.field).toBe('rev')
  })

  it('rejects a truncated meta file', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    await fsp.writeFile(path.join(dir, 'tickler.json'), '{"format":"tickler-st')
    const error = await loadError(dir)
    expect(error.file).toBe('tickler.json')
    expect(error.message).toMatch(/not valid JSON/)
  })

  it('rejects a meta file of another format', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    await fsp.writeFile(path.join(dir, 'tickler.json'), '{"format":"lowdb","version":1}')
    const error = await loadError(dir)
    expect([error.file, error.field]).toEqual(['tickler.json', 'format'])
  })

  it('rejects an incomplete line in a journal that later journals follow', async () => {
    const dir = await tempDir()
    const store = await openJsonStore(dir)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    await store.transact(change('x', '2026-12-02T00:00:00Z'), (tx) => tx.put('vendors', vendor('v2')))
    await store.close()
    await fsp.appendFile(path.join(dir, JOURNAL), '{"rev":3,"at"')
    const error = await loadError(dir)
    expect(error.file).toBe(JOURNAL)
    expect(error.record).toBe('line 2')
  })
})

describe('torn last journal line', () => {
  it('is ignored at load without touching the file, then cut off by the next append', async () => {
    const dir = await storeWith(async (put) => {
      await put('vendors', vendor('v1'))
      await put('vendors', vendor('v2'))
    })
    const file = path.join(dir, JOURNAL)
    const good = await fsp.readFile(file)
    const torn = Buffer.concat([
      good,
      Buffer.from('{"rev":3,"at":"2026-11-25T12:00:00.000Z","who":"U0'),
      Buffer.alloc(300),
    ])
    await fsp.writeFile(file, torn)

    const store = await openJsonStore(dir)
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
    expect(store.revision).toBe(2)
    await store.close()
    expect(await fsp.readFile(file)).toEqual(torn)

    const writer = await openJsonStore(dir)
    await writer.transact(change(), (tx) => tx.put('vendors', vendor('v3')))
    await writer.close()
    const after = await fsp.readFile(file)
    expect(after.subarray(0, good.length)).toEqual(good)
    expect(after.toString('utf8').split('\n')).toHaveLength(4)

    const reopened = await openJsonStore(dir)
    expect(reopened.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2', 'v3'])
    expect(reopened.revision).toBe(3)
    await reopened.close()
  })
})

describe('records edited by hand', () => {
  it('get the schema defaults when a defaulted field is missing', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    await editJournal(dir, (lines) => [lines[0]!.replace('"notes":"",', '').replace('"aliases":[],', '')])
    const store = await openJsonStore(dir)
    expect(store.get('vendors', 'v1')).toEqual(vendor('v1'))
    expect(store.audit('v1')[0]!.after).toBe(store.get('vendors', 'v1'))
    await store.close()
  })

  it('get the schema form of a nested value too (an alias with spaces), and keep one equal as read', async () => {
    const dir = await storeWith(async (put) => {
      await put('vendors', { ...vendor('v1'), aliases: ['AC'] })
      await put('vendors', { ...vendor('v2'), aliases: ['GX'] })
    })
    await editJournal(dir, (lines) => [
      lines[0]!.replace('"aliases":["AC"]', '"aliases":[" AC "]'),
      lines[1]!,
    ])
    const store = await openJsonStore(dir)
    expect(store.get('vendors', 'v1')!.aliases).toEqual(['AC'])
    expect(store.audit('v1')[0]!.after).toBe(store.get('vendors', 'v1'))
    expect(store.get('vendors', 'v2')!.aliases).toEqual(['GX'])
    await store.close()
  })

  it('get a default missing inside a nested object (a subscription filter without its owner)', async () => {
    const dir = await storeWith(async (put) => {
      await put('subscriptions', {
        ...SAMPLES.subscriptions.record,
        id: 's1',
        filters: { tiers: ['high'], owner: '' },
      })
      await put('subscriptions', {
        ...SAMPLES.subscriptions.record,
        id: 's2',
        filters: { tiers: ['low'], owner: 'U0B' },
      })
    })
    await editJournal(dir, (lines) => [
      lines[0]!.replace('"tiers":["high"],"owner":""', '"tiers":["high"]'),
      lines[1]!,
    ])
    const store = await openJsonStore(dir)
    expect(store.get('subscriptions', 's1')!.filters).toEqual({ tiers: ['high'], owner: '' })
    expect(store.audit('s1')[0]!.after).toBe(store.get('subscriptions', 's1'))
    expect(store.get('subscriptions', 's2')!.filters).toEqual({ tiers: ['low'], owner: 'U0B' })
    await store.close()
  })
})

describe('changes read from other processes', () => {
  it('are validated too: a bad line appended later stops refresh with StoreLoadError', async () => {
    const dir = await storeWith((put) => put('vendors', vendor('v1')))
    const store = await openJsonStore(dir)
    const bad = { ...vendor('v2'), tier: 'huge' }
    const line = {
      rev: 2,
      at: '2026-11-25T12:00:00.000Z',
      who: 'U1',
      action: 'x',
      changes: [{ collection: 'vendors', id: 'v2', audit: 'a', after: bad }],
    }
    await fsp.appendFile(path.join(dir, JOURNAL), `${JSON.stringify(line)}\n`)
    const error = await store.refresh().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreLoadError)
    expect((error as StoreLoadError).message).toContain(`${JOURNAL} line 2: vendors record v2: field "tier"`)
    expect(store.all('vendors')).toHaveLength(1)
    await store.close()
  })
})

describe('line headers', () => {
  it('accept any instant InstantSchema accepts, and reject an impossible date', async () => {
    const dir = await storeWith(async (put) => {
      await put('vendors', vendor('v1'))
      await put('vendors', vendor('v2'))
    })
    await editJournal(dir, (lines) => [
      lines[0]!.replace(/"at":"[^"]*"/, '"at":"2026-11-25T12:00:00Z"'),
      lines[1]!,
    ])
    const store = await openJsonStore(dir)
    expect(store.audit('v1')[0]!.at).toBe('2026-11-25T12:00:00Z')
    await store.close()

    await editJournal(dir, (lines) => [
      lines[0]!,
      lines[1]!.replace(/"at":"[^"]*"/, '"at":"2026-02-31T12:00:00.000Z"'),
    ])
    const error = await loadError(dir)
    expect([error.record, error.field]).toEqual(['line 2', 'at'])
  })
})
