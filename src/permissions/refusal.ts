// The words of a refusal (SPEC §6.1): who may do it, the owner mentioned so the asker knows whom to
// ask, and `admins` for the rest.
import { userInline } from '../reply/format.ts'
import type { Inline } from '../reply/reply.ts'
import { ownerOf, type Subject } from './subject.ts'

const SEE_ADMINS = 'an admin (see `admins`)'

export function refusalText(role: 'owner' | 'admin', action: string, subject?: Subject): Inline[] {
  if (role === 'admin') return [`Only Tickler admins may ${action}. Ask ${SEE_ADMINS} to do it.`]
  if (!subject) return [`Only Tickler admins and the vendor's owner may ${action}. Ask ${SEE_ADMINS}.`]
  const whose = subject.contract
    ? `the owner of ${subject.vendor.name}'s ${subject.contract.title} contract`
    : `${subject.vendor.name}'s owner`
  const owner = ownerOf(subject)
  if (owner === '') {
    return [
      `Only Tickler admins and ${whose} may ${action}, and it has no owner. Ask ${SEE_ADMINS} to do it or to set an owner.`,
    ]
  }
  return [
    `Only Tickler admins and ${whose} (`,
    userInline(owner),
    `) may ${action}. Ask them or ${SEE_ADMINS}.`,
  ]
}
