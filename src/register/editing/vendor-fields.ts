// Applies typed vendor fields to a vendor record and validates the result as an import row is
// validated: the same field parsers, the domain schema (VendorSchema), and a name and aliases no
// other vendor has as its name or alias (SPEC §2, §9: unique, case- and accent-insensitive).
import { nameKey, nameKeys } from '../../domain/normalize.ts'
import { type Vendor, VendorSchema } from '../../domain/vendor.ts'
import { parseAliases, parseEmail, parseTier } from '../../parse/fields.ts'
import type { StoreView } from '../../store/store.ts'
import { FieldErrors, parseField, RegisterFieldError } from './field-error.ts'
import { columnOf, type VendorField } from './field-names.ts'
import type { FieldValue } from './field-pairs.ts'

export type VendorFields = Map<VendorField, FieldValue>

export function applyVendorFields(base: Vendor, fields: VendorFields): Vendor {
  const next: Vendor = { ...base }
  const text = (f: VendorField) => fields.get(f)?.text
  const name = text('name')
  if (name !== undefined) next.name = name.trim()
  const errors = new FieldErrors()
  const tier = text('tier')
  if (tier !== undefined) errors.attempt(() => (next.tier = parseField('tier', tier, parseTier)))
  const aliases = text('aliases')
  if (aliases !== undefined) next.aliases = parseAliases(aliases)
  const category = text('category')
  if (category !== undefined) next.category = category.trim()
  const owner = text('owner')
  if (owner !== undefined) next.owner = owner.trim()
  const email = text('contact_email')
  if (email !== undefined) {
    errors.attempt(
      () => (next.contactEmail = email.trim() === '' ? '' : parseField('contact_email', email, parseEmail)),
    )
  }
  const notes = text('notes')
  if (notes !== undefined) next.notes = notes.trim()
  errors.throwIfAny()
  return next
}

export function validateVendor(view: StoreView, vendor: Vendor): Vendor {
  const key = nameKey(vendor.name)
  if (key === '') {
    throw new RegisterFieldError(
      'name',
      vendor.name === ''
        ? 'the vendor name is empty'
        : `"${vendor.name}" has no letters or digits to name a vendor by`,
    )
  }
  for (const other of view.all('vendors')) {
    if (other.id === vendor.id) continue
    if (nameKey(other.name) === key) {
      throw new RegisterFieldError('name', `a vendor named "${other.name}" is already in the register`)
    }
    if (other.aliases.some((a) => nameKeys(a).includes(key))) {
      throw new RegisterFieldError('name', `"${vendor.name}" is an alias of vendor "${other.name}"`)
    }
    const taken = vendor.aliases.find((a) => nameKey(a) === nameKey(other.name))
    if (taken !== undefined) {
      throw new RegisterFieldError('aliases', `"${taken}" is the name of vendor "${other.name}"`)
    }
    const shared = vendor.aliases.find((a) => other.aliases.some((b) => nameKey(a) === nameKey(b)))
    if (shared !== undefined) {
      throw new RegisterFieldError(
        'aliases',
        `"${shared}" is already an alias of vendor "${other.name}"; an alias names one vendor only`,
      )
    }
  }
  const parsed = VendorSchema.safeParse(vendor)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new RegisterFieldError(columnOf(issue.path) || 'name', issue.message)
  }
  return parsed.data
}
