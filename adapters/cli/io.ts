// What the CLI touches of the process, passed in so tests (and embedders) can give their own.
import { stripTerminalControls } from '../console/terminal-text.ts'

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream
  /** The environment; a `.env` file in `cwd` fills variables that are not set. */
  env: Record<string, string | undefined>
  cwd: string
}

export function processIo(): CliIo {
  // `tickler ask … | head`: a reader that went away is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  }
}

/** Writes plain text for a terminal, stripped of any escape sequence it may quote (SPEC §6.2). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return writeRendered(stream, stripTerminalControls(text))
}

/** Writes renderReply's output as it is: its text is already inert, its styling intended. */
export function writeRendered(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve()
    else stream.once('drain', () => resolve())
  })
}
