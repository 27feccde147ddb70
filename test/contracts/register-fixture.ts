// Test fixture: a small imported register (vendors and contracts written through store.transact,
// as the importer does) and a context with a fixed clock, for tests through dispatch().
import { coreCommands } from '../../src/app/core-commands.ts'
import { dispatch, errorReply } from '../../src/app/dispatch.ts'
import type { Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import type { Contract } from '../../src/domain/contract.ts'
import type { Vendor } from '../../src/domain/vendor.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { seed, makeContext as testContext } from '../support/context.ts'
import { contract } from '../support/factories.ts'

let n = 0
export function deal(vendorId: string, title: string, fields: Partial<Contract>): Contract {
  n++
  return contract({ id: `c${n}`, vendorId, title, ...fields })
}

export async function makeContext(
  now: string,
  vendors: Vendor[],
  contracts: Contract[],
  env: Record<string, string> = {},
): Promise<Context> {
  const context = testContext(now, { env, commands: coreCommands })
  await seed(context.store, { vendors, contracts }, '2026-06-01T00:00:00Z', 'import', 'import')
  return context
}

export function run(context: Context, text: string, user = 'U0TEST'): Promise<Reply> {
  const registry = createRegistry(context.commands)
  return dispatch(registry, { text, user, asAdmin: true, requestId: 'test' }, context)
}

/**
 * Runs one command's handler on `args` with dispatch's error handling but without the
 * plain-language fallback for reads, to see the command's own answer to bad input.
 */
export async function runCommand(
  context: Context,
  name: string,
  args: string,
  user = 'U0TEST',
): Promise<Reply> {
  const command = context.commands.find((c) => c.name === name)
  if (!command) throw new Error(`no command ${name}`)
  const request = {
    text: `${name} ${args}`.trim(),
    args,
    user,
    asAdmin: true,
    requestId: 'test',
  }
  try {
    return await command.handler(request, context)
  } catch (error) {
    return errorReply(error, request, context)
  }
}

/** A reply as lines, the way the terminal shows its parts (title, text, fields, sections, footer). */
export function lines(reply: Reply): string[] {
  const out: string[] = []
  if (reply.title) out.push(reply.title)
  for (const t of reply.text ?? []) out.push(plain(t))
  for (const f of reply.fields ?? []) out.push(`${f.label}: ${plain(f.value)}`)
  for (const s of reply.sections ?? []) {
    if (s.heading) out.push(`## ${s.heading}`)
    for (const t of s.text ?? []) out.push(plain(t))
    for (const i of s.items ?? []) out.push(`- ${plain(i.text)}`)
    if ((s.items ?? []).length === 0 && s.empty) out.push(s.empty)
  }
  for (const t of reply.footer ?? []) out.push(plain(t))
  return out
}
