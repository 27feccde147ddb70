// The risk commands, in help order.
import type { Command } from '../commands/command.ts'
import { riskAdd } from './risk-add.ts'
import { riskDone } from './risk-done.ts'
import { riskDue } from './risk-due.ts'
import { riskList } from './risk-list.ts'
import { riskMenu } from './risk-menu.ts'
import { riskRemove } from './risk-remove.ts'

export const riskCommands: Command[] = [riskDue, riskDone, riskList, riskAdd, riskRemove, riskMenu]
