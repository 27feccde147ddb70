// Who answers for a contract: its own owner, else the vendor's (SPEC §2).
import type { Contract } from './contract.ts'
import type { Vendor } from './vendor.ts'

export function contractOwner(
  contract: Pick<Contract, 'owner'>,
  vendor: Pick<Vendor, 'owner'> | undefined,
): string {
  return contract.owner !== '' ? contract.owner : (vendor?.owner ?? '')
}
