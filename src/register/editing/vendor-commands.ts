// `vendor add|edit|remove` (SPEC §4.3). A new vendor gets its tier's default risk checks in the
// same change; removing one is refused while it has contracts that have not ended. Adding and
// removing vendors is for admins; a vendor's owner may edit it (SPEC §6.1).
import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import type { Command, Context, Request } from '../../commands/command.ts'
import { todayOf } from '../../contracts/today.ts'
import type { Vendor } from '../../domain/vendor.ts'
import { UserError } from '../../errors/errors.ts'
import { requireVendor } from '../../lookup/vendor-argument.ts'
import { quote } from '../../parse/tokens.ts'
import { assertAllowed } from '../../permissions/roles.ts'
import { userInline } from '../../reply/format.ts'
import { answer, type Inline, type Reply, type Text } from '../../reply/reply.ts'
import { applyDefaultRiskChecks } from '../../risk/default-checks.ts'
import { RegisterFieldError } from './field-error.ts'
import { VENDOR_FIELDS } from './field-names.ts'
import { isKeyword, leadName, parsePairs } from './field-pairs.ts'
import { vendorAddForm, vendorEditForm } from './register-forms.ts'
import {
  askForChanges,
  askForFields,
  change,
  changedFields,
  type RegisterUsage,
  registerCommand,
} from './register-reply.ts'
import { applyVendorFields, validateVendor } from './vendor-fields.ts'
import { REMOVE, vendorRemove } from './vendor-removal.ts'

const ADD: RegisterUsage = {
  form: 'vendor add <name> tier <t> [category <c>] [owner <user>] [alias <a>[;<b>]] [email <e>] [notes <n>]',
  example: 'vendor add "Northwind Traders" tier high category "Managed print" owner U0NORTH',
  permission: { role: 'admin', action: 'add vendors' },
}
const EDIT: RegisterUsage = {
  form: 'vendor edit <vendor> <field> <value>',
  example: 'vendor edit Northwind tier critical',
  permission: { role: 'owner', action: 'change this vendor' },
}
const isField = (w: string) => isKeyword(VENDOR_FIELDS, w)

function vendorLine(v: Vendor): Text[] {
  const owner: Inline[] = v.owner === '' ? ['no owner'] : ['owner ', userInline(v.owner)]
  return [
    [
      `${v.name}: tier ${v.tier}${v.category ? `, ${v.category}` : ''}, `,
      ...owner,
      v.contactEmail ? `, contact ${v.contactEmail}` : '',
      v.aliases.length > 0 ? `, also known as ${v.aliases.join(', ')}` : '',
      '.',
    ],
  ]
}

async function vendorAdd(request: Request, context: Context): Promise<Reply> {
  assertAllowed(request, context, ADD.permission)
  const { lead, fields } = parsePairs(request.args, VENDOR_FIELDS)
  if (lead !== '') {
    if (fields.has('name')) throw new RegisterFieldError('name', 'the name is given twice')
    fields.set('name', { text: leadName(lead), keyword: 'name' })
  }
  const missing = (['name', 'tier'] as const).filter((f) => (fields.get(f)?.text ?? '').trim() === '')
  if (missing.length > 0) {
    const values = Object.fromEntries([...fields].map(([k, v]) => [k, v.text]))
    return askForFields(ADD, 'vendor add', missing, vendorAddForm(values, missing, fields.size > 0))
  }
  const base: Vendor = {
    id: randomUUID(),
    name: '',
    aliases: [],
    category: '',
    tier: 'low',
    owner: '',
    contactEmail: '',
    notes: '',
  }
  const draft = applyVendorFields(base, fields)
  validateVendor(context.store, draft)
  const today = todayOf(context)
  const vendor = await context.store.transact(change(request, context, 'vendor add'), (tx) => {
    const valid = validateVendor(tx, draft)
    tx.put('vendors', valid)
    applyDefaultRiskChecks(tx, [valid.id], today)
    return valid
  })
  const checks = context.store.all('riskChecks').filter((c) => c.vendorId === vendor.id)
  return answer({
    title: `Vendor added: ${vendor.name}`,
    text: [
      ...vendorLine(vendor),
      checks.length > 0
        ? `Risk checks for tier ${vendor.tier}: ${checks.map((c) => c.kind).join(', ')} (never done, due ${today}).`
        : 'It already has risk checks.',
    ],
    actions: [
      { label: 'Vendor card', command: `vendor ${quote(vendor.name)}` },
      { label: 'Add a contract', command: `contract add ${quote(vendor.name)}` },
    ],
    private: false,
  })
}

async function vendorEdit(request: Request, context: Context): Promise<Reply> {
  const { vendor, rest } = requireVendor(context.store, request.args, {
    write: true,
    command: 'vendor edit',
    form: EDIT.form,
    example: EDIT.example,
    isStop: isField,
  })
  assertAllowed(request, context, EDIT.permission, { vendor })
  const { lead, fields } = parsePairs(rest, VENDOR_FIELDS)
  if (lead !== '') {
    throw new UserError(
      `"${lead.split(/\s+/)[0]}" is not a vendor field; use name, tier, category, owner, aliases, email or notes.`,
      EDIT.form,
      EDIT.example,
    )
  }
  if (fields.size === 0) {
    return askForChanges(EDIT, vendor.name, vendorEditForm(vendor))
  }
  const draft = validateVendor(context.store, applyVendorFields(vendor, fields))
  if (isDeepStrictEqual(draft, vendor)) {
    return answer({ text: [`${vendor.name} already has those values. Nothing was changed.`] })
  }
  const { before, after } = await context.store.transact(change(request, context, 'vendor edit'), (tx) => {
    const current = tx.get('vendors', vendor.id)
    if (!current) throw new UserError(`${vendor.name} was removed meanwhile. Nothing was changed.`)
    const next = validateVendor(tx, applyVendorFields(current, fields))
    tx.put('vendors', next)
    return { before: current, after: next }
  })
  const changes = changedFields(before, after, new Set(['id']))
  return answer({
    title: `Vendor updated: ${after.name}`,
    text: [
      changes.length > 0 ? `Changed: ${changes.join('; ')}.` : 'Nothing was changed.',
      ...vendorLine(after),
    ],
    actions: [{ label: 'Vendor card', command: `vendor ${quote(after.name)}` }],
    private: false,
  })
}

export const vendorEditingCommands: Command[] = [
  registerCommand(
    {
      name: 'vendor add',
      usage: ADD.form,
      summary: "Add a vendor to the register; it gets its tier's default risk checks",
      examples: [ADD.example, 'vendor add Fabrikam tier low'],
      phrasings: ['add a new vendor', 'new vendor Northwind'],
    },
    ADD,
    vendorAdd,
  ),
  registerCommand(
    {
      name: 'vendor edit',
      usage: EDIT.form,
      summary: "Change a vendor's name, tier, category, owner, aliases, email or notes",
      examples: [EDIT.example, 'vendor edit Contoso owner U0NORTH email ap@contoso.example'],
      phrasings: ['change the tier of contoso', 'update vendor details'],
    },
    EDIT,
    vendorEdit,
  ),
  registerCommand(
    {
      name: 'vendor remove',
      usage: REMOVE.form,
      summary: 'Remove a vendor whose contracts have all ended',
      examples: [REMOVE.example],
      phrasings: ['delete a vendor'],
    },
    REMOVE,
    vendorRemove,
  ),
]
