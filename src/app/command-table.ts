// Every command Tickler knows, in help order. Each feature folder exports its own list.
import { calendarCommands } from '../calendar/calendar-commands.ts'
import { claimCommands } from '../claims/commands.ts'
import type { Command } from '../commands/command.ts'
import { historyCommands } from '../history/history-command.ts'
import { homeCommands } from '../home/home-command.ts'
import { languageCommands } from '../language/cancel-command.ts'
import { adminCommands } from '../permissions/admins-commands.ts'
import { registerEditingCommands } from '../register/editing/commands.ts'
import { reminderCommands } from '../reminders/reminder-commands.ts'
import { riskCommands } from '../risk/commands.ts'
import { slaCommands } from '../sla/commands.ts'
import { subscriptionCommands } from '../subscriptions/subscription-commands.ts'
import { coreCommands } from './core-commands.ts'

export const allCommands: Command[] = [
  ...coreCommands,
  ...registerEditingCommands,
  ...riskCommands,
  ...slaCommands,
  ...claimCommands,
  ...subscriptionCommands,
  ...historyCommands,
  ...homeCommands,
  ...adminCommands,
  ...reminderCommands,
  ...calendarCommands,
  ...languageCommands,
]
