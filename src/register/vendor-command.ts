// `vendor <name>`: the vendor card. A typo is forgiven and named; several matches give a pick list.
import type { Command } from '../commands/command.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { unownedAmong } from '../contracts/unowned.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { vendorCard } from './vendor-card.ts'

const FORM = 'vendor <name>'
const EXAMPLE = 'vendor Contoso'
const COURTESY = /^(?:please|thanks|thank you|card|details|info)[.!?]*$/i

export const vendorCommand: Command = {
  name: 'vendor',
  usage: FORM,
  summary: "A vendor's card: tier, category, owner, contacts, contracts with deadlines, risk status",
  examples: [EXAMPLE, 'vendor "Contoso Ltd"'],
  writes: false,
  phrasings: ['tell me about contoso', 'who is our contact at contoso', 'contoso details'],
  async handler(request, context) {
    const { vendor, rest, note } = requireVendor(context.store, request.args, {
      write: false,
      command: 'vendor',
      form: FORM,
      example: EXAMPLE,
    })
    if (stripCourtesy(rest) !== '' && !COURTESY.test(rest)) {
      throw new UserError(`I found ${vendor.name} but did not understand "${rest}" after it.`, FORM, EXAMPLE)
    }
    const owners = [
      vendor.owner,
      ...contractsOfVendor(context.store, vendor.id).map((c) => contractOwner(c, vendor)),
    ]
    return vendorCard(vendor, context, note, await unownedAmong(owners, context))
  },
}
