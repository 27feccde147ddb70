// The Cancel button of a free-text proposal: a hidden command that changes nothing and says so.
import type { Command } from '../commands/command.ts'
import { answer } from '../reply/reply.ts'

export const CANCEL_COMMAND = 'proposal cancel'

export const proposalCancelCommand: Command = {
  name: CANCEL_COMMAND,
  usage: CANCEL_COMMAND,
  summary: 'Cancel a proposed change (the Cancel button)',
  examples: [CANCEL_COMMAND],
  writes: false,
  hidden: true,
  handler: () => answer({ text: ['Cancelled. Nothing was changed.'] }),
}

export const languageCommands: Command[] = [proposalCancelCommand]
