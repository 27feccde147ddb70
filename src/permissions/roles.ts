// Who may do what. Everyone may look things up and list; logging incidents and marking risk checks
// done is open to every member; changing the register is for admins and, for their own vendors,
// the vendor's owner. The terminal is a local administrator.
import type { Context, Request } from '../commands/command.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'

export class PermissionError extends UserError {
  constructor(message: string) {
    super(message)
    this.name = 'PermissionError'
  }
}

export function isAdmin(request: Request, context: Context): boolean {
  if (request.platform === 'terminal') return true
  return (
    context.config.TICKLER_ADMINS.includes(request.user) ||
    context.store.get('admins', request.user) !== undefined
  )
}

export function ownsVendor(request: Request, vendor: Vendor): boolean {
  return vendor.owner !== '' && vendor.owner === request.user
}

/** Admins may edit everything; an owner only their own vendor and its contracts. */
export function assertCanEditRegister(request: Request, context: Context, vendor?: Vendor): void {
  if (isAdmin(request, context)) return
  if (vendor && ownsVendor(request, vendor)) return
  const whose = vendor ? `${vendor.name}'s owner` : 'the vendor owner'
  throw new PermissionError(
    `Only Tickler admins and ${whose} may change vendors and contracts. Ask an admin (see \`admins\`) to make this change or to add you.`,
  )
}

export function assertAdmin(request: Request, context: Context, what: string): void {
  if (isAdmin(request, context)) return
  throw new PermissionError(`Only Tickler admins may ${what}. Ask an admin (see \`admins\`) to do it.`)
}
