// After a reply is printed: write the file it comes with (if any) and print where it went.
import type { Tickler } from '../../src/app/open-tickler.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { AttachmentError, saveAttachment } from './attachment-file.ts'
import { type CliIo, write } from './io.ts'

/** False when the file could not be written (the command then exits 1). */
export async function writeAttachment(reply: Reply, app: Tickler, io: CliIo, out?: string): Promise<boolean> {
  if (!reply.attachment) {
    if (out) await write(io.stdout, `No file to write: this answer has none, so --out ${out} was not used.\n`)
    return true
  }
  try {
    const path = await saveAttachment(reply.attachment, {
      out,
      cwd: io.cwd,
      dataDir: app.context.config.dataDir,
    })
    await write(io.stdout, `File written: ${path}\n`)
    return true
  } catch (error) {
    if (!(error instanceof AttachmentError)) throw error
    await write(io.stderr, `tickler: ${error.message}\n`)
    return false
  }
}
