// Lookups one import needs at speed (thousands of rows): vendors by name, contracts by vendor and
// title, and the keys already seen per file (a repeated key is an error, not a silent update).
// Built once per import from the transaction and kept up to date as rows are applied.
import type { Contract } from '../domain/contract.ts'
import { nameKey, titleKey } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Transaction } from '../store/store.ts'
import type { ImportContext } from './csv-spec.ts'

interface ImportIndex {
  vendorByName: Map<string, string>
  /** Alias key → vendor ids having it (used only when exactly one). */
  vendorsByAlias: Map<string, string[]>
  contractByKey: Map<string, string>
  seen: Map<string, Map<string, number>>
}

const indexes = new WeakMap<ImportContext, ImportIndex>()

function index(tx: Transaction, context: ImportContext): ImportIndex {
  let found = indexes.get(context)
  if (!found) {
    found = { vendorByName: new Map(), vendorsByAlias: new Map(), contractByKey: new Map(), seen: new Map() }
    for (const v of tx.all('vendors')) addVendor(found, v)
    for (const c of tx.all('contracts')) found.contractByKey.set(contractKey(c.vendorId, c.title), c.id)
    indexes.set(context, found)
  }
  return found
}

function addVendor(ix: ImportIndex, vendor: Vendor): void {
  ix.vendorByName.set(nameKey(vendor.name), vendor.id)
  for (const alias of vendor.aliases) {
    const key = nameKey(alias)
    const ids = ix.vendorsByAlias.get(key) ?? []
    if (!ids.includes(vendor.id)) ids.push(vendor.id)
    ix.vendorsByAlias.set(key, ids)
  }
}

function contractKey(vendorId: string, title: string): string {
  return `${vendorId}\u0000${titleKey(title)}`
}

/** The vendor whose name matches (case-, accent- and punctuation-insensitively), else a unique alias. */
export function findImportVendor(tx: Transaction, context: ImportContext, name: string): Vendor | undefined {
  const ix = index(tx, context)
  const key = nameKey(name)
  const id = ix.vendorByName.get(key) ?? singleAlias(ix.vendorsByAlias.get(key))
  return id === undefined ? undefined : tx.get('vendors', id)
}

function singleAlias(ids: string[] | undefined): string | undefined {
  return ids?.length === 1 ? ids[0] : undefined
}

/** Records a vendor the import added or changed, replacing what the index knew of it. */
export function rememberVendor(
  tx: Transaction,
  context: ImportContext,
  vendor: Vendor,
  before?: Vendor,
): void {
  const ix = index(tx, context)
  for (const alias of before?.aliases ?? []) {
    const key = nameKey(alias)
    const ids = ix.vendorsByAlias.get(key)?.filter((id) => id !== vendor.id) ?? []
    if (ids.length > 0) ix.vendorsByAlias.set(key, ids)
    else ix.vendorsByAlias.delete(key)
  }
  addVendor(ix, vendor)
}

/** Another vendor (not `selfId`) whose name or an alias compares equal to `text`, as vendor names compare. */
export function otherVendorNamed(
  tx: Transaction,
  context: ImportContext,
  text: string,
  selfId: string,
): Vendor | undefined {
  const ix = index(tx, context)
  const key = nameKey(text)
  const ids = [ix.vendorByName.get(key), ...(ix.vendorsByAlias.get(key) ?? [])]
  const id = ids.find((candidate) => candidate !== undefined && candidate !== selfId)
  return id === undefined ? undefined : tx.get('vendors', id)
}

export function findImportContract(
  tx: Transaction,
  context: ImportContext,
  vendorId: string,
  title: string,
): Contract | undefined {
  const id = index(tx, context).contractByKey.get(contractKey(vendorId, title))
  return id === undefined ? undefined : tx.get('contracts', id)
}

export function rememberContract(tx: Transaction, context: ImportContext, contract: Contract): void {
  index(tx, context).contractByKey.set(contractKey(contract.vendorId, contract.title), contract.id)
}

/**
 * Records that the current file has a row keyed `key` on the current line; returns the earlier
 * line when the key was already seen in that file (two rows for one record).
 */
export function claimRow(tx: Transaction, context: ImportContext, key: string): number | undefined {
  const file = context.file ?? ''
  const line = context.line ?? 0
  const seen = index(tx, context).seen
  let lines = seen.get(file)
  if (!lines) {
    lines = new Map()
    seen.set(file, lines)
  }
  const earlier = lines.get(key)
  if (earlier === undefined) lines.set(key, line)
  return earlier
}
