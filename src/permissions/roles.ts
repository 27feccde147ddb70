// Who may do what (SPEC §6.1). A command declares its Permission; its handler calls assertAllowed
// with the vendor or contract it acts on as soon as it has found it, before storing anything.
// Admins may do everything; an owner may change what they own; the terminal adapter marks its
// requests asAdmin, as the terminal is a local administrator.
import type { Context, Permission, Request } from '../commands/command.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import type { Text } from '../reply/reply.ts'
import { refusalText } from './refusal.ts'
import { ownerOf, type Subject } from './subject.ts'

export type { Subject } from './subject.ts'

export class PermissionError extends UserError {
  constructor(message: Text) {
    super(message)
    this.name = 'PermissionError'
  }
}

export function isAdmin(request: Request, context: Context): boolean {
  if (request.asAdmin === true) return true
  return (
    context.config.TICKLER_ADMINS.includes(request.user) ||
    context.store.get('admins', request.user) !== undefined
  )
}

export function ownsVendor(request: Request, vendor: Vendor): boolean {
  return vendor.owner !== '' && vendor.owner === request.user
}

/** Throws a refusal naming who may, unless the asker may run a command with `permission` on `subject`. */
export function assertAllowed(
  request: Request,
  context: Context,
  permission: Permission,
  subject?: Subject,
): void {
  if (permission.role === 'anyone' || isAdmin(request, context)) return
  if (permission.role === 'owner' && subject) {
    const owner = ownerOf(subject)
    if (owner !== '' && owner === request.user) return
  }
  throw new PermissionError(refusalText(permission.role, permission.action, subject))
}

const EDIT_REGISTER: Permission = { role: 'owner', action: 'change vendors and contracts' }

/** Admins may edit everything; an owner only their own vendor and its contracts. */
export function assertCanEditRegister(request: Request, context: Context, vendor?: Vendor): void {
  assertAllowed(request, context, EDIT_REGISTER, vendor ? { vendor } : undefined)
}

export function assertAdmin(request: Request, context: Context, what: string): void {
  assertAllowed(request, context, { role: 'admin', action: what })
}
