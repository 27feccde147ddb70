// `tickler chat`: a conversation in the terminal. On a TTY: a prompt with line editing and a
// history kept outside DATA_DIR; from a pipe: each line answered in order, exit 0 at end of input.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { CANCELLED, CONFIRM_PROMPT, confirmAnswer } from '../console/confirm.ts'
import { renderReply } from '../console/render.ts'
import { writeAttachment } from './attachment-output.ts'
import { type CliIo, write, writeRendered } from './io.ts'
import { terminalRequest } from './terminal-request.ts'

const HISTORY_SIZE = 500
const QUIT = new Set(['exit', 'quit', 'bye', ':q'])

/** Chat history lives in the user's state folder, never in DATA_DIR (which holds only the store). */
export function historyFile(env: Record<string, string | undefined>): string {
  const base = env.XDG_STATE_HOME || join(homedir(), '.cache')
  return join(base, 'tickler', 'history')
}

export async function chat(app: Tickler, io: CliIo, greeting: string[]): Promise<number> {
  const tty = io.stdin.isTTY === true && io.stdout.isTTY === true
  const color = io.stdout.isTTY === true
  const file = historyFile(io.env)
  const rl = createInterface({
    input: io.stdin,
    output: tty ? io.stdout : undefined,
    terminal: tty,
    historySize: HISTORY_SIZE,
    history: tty ? loadHistory(file) : [],
    removeHistoryDuplicates: true,
    completer: tty ? commandCompleter(app) : undefined,
  })
  if (tty) {
    rl.on('history', (history: string[]) => saveHistory(file, history, app))
    rl.on('SIGINT', () => rl.close())
    rl.setPrompt('tickler> ')
    for (const line of greeting) await write(io.stdout, `${line}\n`)
    rl.prompt()
  }
  // A change understood from free text waits here for "yes" (SPEC: never executed on a guess).
  let pending: string | undefined
  for await (const raw of rl) {
    const line = raw.trim()
    if (QUIT.has(line.toLowerCase())) break
    if (line !== '') {
      const answer = pending === undefined ? 'other' : confirmAnswer(line)
      const text = answer === 'yes' ? pending! : line
      pending = undefined
      if (answer === 'no') await write(io.stdout, `${CANCELLED}\n\n`)
      else {
        const reply = await app.run(terminalRequest(text))
        await writeRendered(io.stdout, `${renderReply(reply, { color })}\n`)
        await writeAttachment(reply, app, io)
        await write(io.stdout, '\n')
        if (reply.confirm) {
          pending = reply.confirm
          await write(io.stdout, `${CONFIRM_PROMPT}\n\n`)
        }
      }
    }
    if (tty) rl.prompt()
  }
  rl.close()
  return 0
}

function loadHistory(file: string): string[] {
  try {
    // Stored oldest first, one line each; readline wants newest first.
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE)
  } catch {
    return []
  }
}

function saveHistory(file: string, history: string[], app: Tickler): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${[...history].reverse().join('\n')}\n`, { mode: 0o600 })
  } catch (error) {
    app.context.log.debug({ err: error, file }, 'chat history not saved')
  }
}

/** Tab completes command names ("ren" → "renewals ", "risk d" → "risk done ", "risk due "). */
function commandCompleter(app: Tickler): (line: string) => [string[], string] {
  const names = app.registry.visible().map((c) => `${c.name} `)
  return (line) => {
    const typed = line.trimStart().toLowerCase()
    const hits = names.filter((n) => n.startsWith(typed))
    return [hits, line.trimStart()]
  }
}
