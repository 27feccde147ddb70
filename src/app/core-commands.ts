// The core read commands, in help order: help, the vendor card and list, renewals and their chart,
// the agenda.
import { agendaCommand } from '../agenda/agenda-command.ts'
import type { Command } from '../commands/command.ts'
import { renewalsChartCommand } from '../contracts/renewals-chart-command.ts'
import { renewalsCommand } from '../contracts/renewals-command.ts'
import { vendorCommand } from '../register/vendor-command.ts'
import { vendorsCommand } from '../register/vendors-command.ts'
import { helpCommand } from './help.ts'

export const coreCommands: Command[] = [
  helpCommand,
  vendorCommand,
  vendorsCommand,
  renewalsCommand,
  renewalsChartCommand,
  agendaCommand,
]
