// Whose Home it is: a user sees what they own; an admin sees the whole register (SPEC §13).
import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import type { Vendor } from '../domain/vendor.ts'

export interface HomeViewer {
  /** The platform user id the Home is for. */
  user: string
  /** Admins (SPEC §6.1) see every contract, check and incident. */
  admin: boolean
}

/** A contract is the viewer's when they own it, or own its vendor and it names no owner of its own. */
export function ownsContract(
  viewer: HomeViewer,
  contract: Pick<Contract, 'owner'>,
  vendor: Pick<Vendor, 'owner'> | undefined,
): boolean {
  return viewer.admin || contractOwner(contract, vendor) === viewer.user
}

export function ownsVendor(viewer: HomeViewer, vendor: Pick<Vendor, 'owner'> | undefined): boolean {
  return viewer.admin || (vendor !== undefined && vendor.owner === viewer.user)
}
