// The first steps every contract change shares (`contract edit`, `end`, `renew`): find the contract
// as a write does (never on a guess), then check the asker may change that vendor's register.
import type { Context, Request } from '../../commands/command.ts'
import { requireContract } from '../../contracts/contract-lookup.ts'
import { todayOf } from '../../contracts/today.ts'
import { assertCanEditRegister } from '../../permissions/roles.ts'
import type { Usage } from './register-reply.ts'

export function contractToChange(
  request: Request,
  context: Context,
  command: string,
  usage: Usage,
  isStop: (word: string) => boolean,
) {
  const today = todayOf(context)
  const found = requireContract(context.store, request.args, {
    write: true,
    command,
    ...usage,
    today,
    isStop,
  })
  assertCanEditRegister(request, context, found.vendor)
  return { today, ...found }
}
