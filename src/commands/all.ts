// Every command Tickler knows, in help order. Each feature folder exports its own list.
import { slaCommands } from '../sla/commands.ts'
import type { Command } from './command.ts'
import { createRegistry, type Registry } from './registry.ts'

export const allCommands: Command[] = [...slaCommands]

export function defaultRegistry(): Registry {
  return createRegistry(allCommands)
}
