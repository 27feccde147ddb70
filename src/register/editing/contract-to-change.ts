// The first steps every contract change shares (`contract edit`, `end`, `renew`): find the contract
// as a write does (never on a guess), then check the asker may change it: an admin, or the
// contract's owner (its own, else the vendor's).
import type { Context, Request } from '../../commands/command.ts'
import { todayOf } from '../../contracts/today.ts'
import { requireContract } from '../../lookup/contract-lookup.ts'
import { assertAllowed } from '../../permissions/roles.ts'
import type { RegisterUsage } from './register-reply.ts'

export function contractToChange(
  request: Request,
  context: Context,
  command: string,
  usage: RegisterUsage,
  isStop: (word: string) => boolean,
) {
  const today = todayOf(context)
  const found = requireContract(context.store, request.args, {
    write: true,
    command,
    form: usage.form,
    example: usage.example,
    today,
    isStop,
  })
  assertAllowed(request, context, usage.permission, { vendor: found.vendor, contract: found.contract })
  return { today, ...found }
}
