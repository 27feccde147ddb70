// Register editing from chat (SPEC §4.3): vendor add|edit|remove, contract add|edit|end|renew.
import type { Command } from '../../commands/command.ts'
import { CONTRACT_ADD, contractAdd } from './contract-add.ts'
import { CONTRACT_EDIT, contractEdit } from './contract-edit.ts'
import { CONTRACT_END, contractEnd } from './contract-end.ts'
import { CONTRACT_RENEW, contractRenew } from './contract-renew.ts'
import { registerCommand } from './register-reply.ts'
import { vendorEditingCommands } from './vendor-commands.ts'

export const registerEditingCommands: Command[] = [
  ...vendorEditingCommands,
  registerCommand(
    {
      name: 'contract add',
      usage: CONTRACT_ADD.form,
      summary: 'Add a contract to a vendor',
      examples: [CONTRACT_ADD.example],
      phrasings: ['add a contract', 'new contract for contoso'],
    },
    CONTRACT_ADD,
    contractAdd,
  ),
  registerCommand(
    {
      name: 'contract edit',
      usage: CONTRACT_EDIT.form,
      summary:
        "Change a contract's fields: title, kind, dates, notice, value, auto-renew, term, owner, fee, credits",
      examples: [CONTRACT_EDIT.example, 'contract edit Contoso "Office 365" value 215000 USD owner U0NORTH'],
      phrasings: ['change the notice period of office 365', 'update a contract'],
    },
    CONTRACT_EDIT,
    contractEdit,
  ),
  registerCommand(
    {
      name: 'contract end',
      usage: CONTRACT_END.form,
      summary: 'Record that a contract was terminated or not renewed: it leaves every countdown and reminder',
      examples: [CONTRACT_END.example, 'contract end Fabrikam'],
      phrasings: ['we cancelled office 365', 'terminate a contract'],
    },
    CONTRACT_END,
    contractEnd,
  ),
  registerCommand(
    {
      name: 'contract renew',
      usage: CONTRACT_RENEW.form,
      summary: 'Record a renewal: new end date, value, notice and term; reminders follow the new deadline',
      examples: [
        CONTRACT_RENEW.example,
        'contract renew Fabrikam end 2028-03-31 notice 30 days term 12 months',
      ],
      phrasings: ['we renewed office 365', 'record a renewal'],
    },
    CONTRACT_RENEW,
    contractRenew,
  ),
]
