// `admins`, `admins add <user>`, `admins remove <user>`: the admin list beyond TICKLER_ADMINS.
import type { Command, Context, Permission, Request } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { answer, type Reply } from '../reply/reply.ts'
import { assertAllowed } from './roles.ts'

const ADD_FORM = 'admins add <user>'
const REMOVE_FORM = 'admins remove <user>'
const ADD: Permission = { role: 'admin', action: 'add admins' }
const REMOVE: Permission = { role: 'admin', action: 'remove admins' }

/** Accepts a bare id, a Slack mention (<@U123> or <@U123|name>) or an @-prefixed id. */
function userArgument(args: string, form: string, example: string): string {
  const words = args.trim().split(/\s+/).filter(Boolean)
  if (words.length !== 1) throw new UserError('Give exactly one user: their id or a mention.', form, example)
  const id = words[0]!.replace(/^<@([^|>]+)(\|[^>]*)?>$/, '$1').replace(/^@/, '')
  if (id === '') throw new UserError('The user id is empty.', form, example)
  return id
}

function listAdmins(_request: Request, context: Context): Reply {
  const fromConfig = context.config.TICKLER_ADMINS.map((id) => ({
    text: [{ mention: id }, ' (TICKLER_ADMINS)'],
  }))
  const added = [...context.store.all('admins')]
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt))
    .map((a) => ({ text: [{ mention: a.id }, ` (added by ${a.addedBy} on ${a.addedAt.slice(0, 10)})`] }))
  return answer({
    title: 'Tickler admins',
    text: [
      "Admins may change vendors, contracts and settings; a vendor's or contract's owner may change what they own.",
    ],
    sections: [
      { items: [...fromConfig, ...added], empty: 'No admins yet: the terminal acts as administrator.' },
    ],
  })
}

async function addAdmin(request: Request, context: Context): Promise<Reply> {
  assertAllowed(request, context, ADD)
  const id = userArgument(request.args, ADD_FORM, 'admins add U0NORTH')
  if (context.config.TICKLER_ADMINS.includes(id) || context.store.get('admins', id)) {
    return answer({ text: [[{ mention: id }, ' is already an admin.']] })
  }
  const at = context.clock.now()
  await context.store.transact(
    { who: request.user, at, action: 'admins add', requestId: request.requestId },
    (tx) =>
      tx.put('admins', { id, addedBy: request.user, addedAt: at.toString({ smallestUnit: 'millisecond' }) }),
  )
  return answer({ text: [[{ mention: id }, ' is now a Tickler admin.']] })
}

async function removeAdmin(request: Request, context: Context): Promise<Reply> {
  assertAllowed(request, context, REMOVE)
  const id = userArgument(request.args, REMOVE_FORM, 'admins remove U0NORTH')
  if (context.config.TICKLER_ADMINS.includes(id)) {
    throw new UserError(`${id} is an admin through TICKLER_ADMINS; remove them from that setting instead.`)
  }
  if (!context.store.get('admins', id)) {
    throw new UserError(
      `${id} is not an admin. See \`admins\` for the list.`,
      REMOVE_FORM,
      'admins remove U0NORTH',
    )
  }
  await context.store.transact(
    { who: request.user, at: context.clock.now(), action: 'admins remove', requestId: request.requestId },
    (tx) => tx.remove('admins', id),
  )
  return answer({ text: [[{ mention: id }, ' is no longer a Tickler admin.']] })
}

export const adminCommands: Command[] = [
  {
    name: 'admins',
    usage: 'admins',
    summary: 'Who may change vendors, contracts and settings.',
    examples: ['admins'],
    writes: false,
    phrasings: ['who are the admins', 'who can edit contracts'],
    handler: listAdmins,
  },
  {
    name: 'admins add',
    usage: ADD_FORM,
    summary: 'Make a user an admin (admins only).',
    examples: ['admins add U0NORTH'],
    phrasings: ['make U0NORTH an admin', 'give U0NORTH admin rights'],
    writes: true,
    permission: ADD,
    handler: addAdmin,
  },
  {
    name: 'admins remove',
    usage: REMOVE_FORM,
    summary: 'Take a user off the admin list (admins only).',
    examples: ['admins remove U0NORTH'],
    phrasings: ['U0NORTH is no longer an admin', 'revoke admin rights from U0NORTH'],
    writes: true,
    permission: REMOVE,
    handler: removeAdmin,
  },
]
