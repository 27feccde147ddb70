// vendors.csv (SPEC §7): one vendor a row, matched by name case-, accent- and punctuation-
// insensitively. A row that matches and differs in nothing stages nothing.
import { randomUUID } from 'node:crypto'
import { type CsvFileSpec, RowError } from '../csv/csv-spec.ts'
import { claimRow, findImportVendor, otherVendorNamed, rememberVendor } from '../csv/import-lookup.ts'
import { field, optional, required } from '../csv/row-values.ts'
import { schemaColumns } from '../csv/schema-columns.ts'
import { nameKey } from '../domain/normalize.ts'
import { type Vendor, VendorSchema } from '../domain/vendor.ts'
import { formatAliases, parseAliases, parseEmail, parseTier } from '../parse/fields.ts'

const text = (v: string) => v.trim()

export const vendorsCsv: CsvFileSpec = {
  file: 'vendors.csv',
  order: 1,
  columns: schemaColumns(VendorSchema, {
    omit: ['id'],
    text: ['name', 'aliases', 'category', 'owner', 'contact_email', 'notes'],
  }),

  applyRow(row, tx, context) {
    const name = required(row, 'name', 'the vendor name')
    if (nameKey(name) === '')
      throw new RowError('name', `"${name}" has no letters or digits to name a vendor by`)
    const earlier = claimRow(tx, context, nameKey(name))
    if (earlier !== undefined) throw new RowError('name', `vendor "${name}" is already on line ${earlier}`)

    const existing = findImportVendor(tx, context, name)
    const sameVendor = existing && nameKey(existing.name) === nameKey(name) ? existing : undefined
    if (existing && !sameVendor) {
      throw new RowError('name', `"${name}" is an alias of vendor "${existing.name}"; use its name`)
    }
    const vendor: Vendor = {
      id: sameVendor?.id ?? randomUUID(),
      name,
      aliases: optional(row, context, 'aliases', parseAliases, {
        empty: [],
        existing: sameVendor?.aliases,
        fallback: [],
      }),
      category: optional(row, context, 'category', text, {
        empty: '',
        existing: sameVendor?.category,
        fallback: '',
      }),
      tier: field(row, 'tier', parseTier),
      owner: optional(row, context, 'owner', text, { empty: '', existing: sameVendor?.owner, fallback: '' }),
      contactEmail: optional(row, context, 'contact_email', parseEmail, {
        empty: '',
        existing: sameVendor?.contactEmail,
        fallback: '',
      }),
      notes: optional(row, context, 'notes', (v) => v, {
        empty: '',
        existing: sameVendor?.notes,
        fallback: '',
      }),
    }
    for (const alias of vendor.aliases) {
      const other = otherVendorNamed(tx, context, alias, vendor.id)
      if (other) {
        const what = nameKey(other.name) === nameKey(alias) ? 'the name' : 'an alias'
        throw new RowError(
          'aliases',
          `"${alias}" is ${what} of vendor "${other.name}"; an alias names one vendor only`,
        )
      }
    }
    tx.put('vendors', vendor)
    if (!sameVendor) context.createdVendorIds.add(vendor.id)
    rememberVendor(tx, context, vendor, sameVendor)
  },

  exportRows(view) {
    return [...view.all('vendors')]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((v) => ({
        name: v.name,
        aliases: formatAliases(v.aliases),
        category: v.category,
        tier: v.tier,
        owner: v.owner,
        contact_email: v.contactEmail,
        notes: v.notes,
      }))
  },
}
