// The claim commands (SPEC §12), in help order; registered with the other `sla` commands.
import type { Command } from '../commands/command.ts'
import { claimCommand } from './claim-command.ts'
import { claimsCommand } from './claims-command.ts'
import { statementCommand } from './statement-command.ts'

export const claimCommands: Command[] = [claimsCommand, claimCommand, statementCommand]
