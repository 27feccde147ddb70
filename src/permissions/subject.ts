// What a permission is checked against: the vendor a command acts on, or one of its contracts.
import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import type { Vendor } from '../domain/vendor.ts'

export interface Subject {
  vendor: Pick<Vendor, 'name' | 'owner'>
  contract?: Pick<Contract, 'title' | 'owner'>
}

/** The vendor's owner, or for a contract the contract's own owner (else the vendor's). */
export function ownerOf(subject: Subject): string {
  return subject.contract ? contractOwner(subject.contract, subject.vendor) : subject.vendor.owner
}
