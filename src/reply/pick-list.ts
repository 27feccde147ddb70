// A pick list: the answer when input names several things. Each choice is one line with a button
// carrying the full command to run, so pressing it in Slack or Teams does the intended thing.
import type { Item, Reply, Text } from './reply.ts'

export interface Choice {
  /** The line shown, naming the thing (vendor, or vendor and contract). */
  text: Text
  /** The button label. */
  label: string
  /** The exact command the button runs. */
  command: string
}

export function pickList(title: string, choices: Choice[], text?: Text[]): Reply {
  const items: Item[] = choices.map((c) => ({
    text: c.text,
    actions: [{ label: c.label, command: c.command }],
  }))
  return { status: 'ok', title, ...(text ? { text } : {}), sections: [{ items }] }
}
