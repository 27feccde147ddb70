// The one table of commands. Help, dispatch and the plain-language layer all read it.
import type { Command } from './command.ts'

export function createRegistry(commands: readonly Command[]): Registry {
  return new Registry(commands)
}

export class Registry {
  private readonly byName: Map<string, Command>
  /** Longest names first, so 'vendor add' is tried before 'vendor'. */
  private readonly names: string[]

  constructor(readonly commands: readonly Command[]) {
    this.byName = new Map(commands.map((c) => [c.name, c]))
    if (this.byName.size !== commands.length) throw new Error('duplicate command names in the registry')
    this.names = [...this.byName.keys()].sort(
      (a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length,
    )
  }

  get(name: string): Command | undefined {
    return this.byName.get(name)
  }

  /** The command a line starts with, and the rest of the line after its name. */
  match(text: string): { command: Command; args: string } | undefined {
    const words = text.trim().split(/\s+/)
    for (const name of this.names) {
      const parts = name.split(' ')
      if (parts.every((p, i) => words[i]?.toLowerCase() === p)) {
        let args = text.trim()
        for (let i = 0; i < parts.length; i++) args = args.replace(/^\S+\s*/, '')
        return { command: this.byName.get(name)!, args }
      }
    }
    return undefined
  }

  visible(): Command[] {
    return this.commands.filter((c) => !c.hidden)
  }
}
