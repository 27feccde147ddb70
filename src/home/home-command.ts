// `home`: the Home as a command, so every surface gets it through the one dispatcher as the asker,
// with the asker's rights (the Slack Home tab runs it for whoever opens the tab).
import type { Command } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { isAdmin } from '../permissions/roles.ts'
import { buildHome } from './home.ts'

export const homeCommand: Command = {
  name: 'home',
  usage: 'home',
  summary: 'Your deadlines in the next 90 days, checks due in 30 days and open incidents, with their buttons',
  examples: ['home'],
  writes: false,
  handler(request, context) {
    if (request.args !== '') {
      throw new UserError(`home takes no arguments; I did not understand "${request.args}".`, 'home', 'home')
    }
    return buildHome(context, { user: request.user, admin: isAdmin(request, context) })
  },
}

export const homeCommands: Command[] = [homeCommand]
