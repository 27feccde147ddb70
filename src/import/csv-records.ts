// RFC 4180 records from a file read chunk by chunk, so an import holds one chunk and one record at
// a time, never the whole file (SPEC §7: memory bounded by the register, not the file). A small
// state machine rather than csv-parse: it must count lines exactly (a CRLF inside quotes is one
// line), see every line ending outside quotes (a file must not mix LF and CRLF) and see NUL bytes.
import { ImportError } from './import-error.ts'

export interface CsvRecord {
  /** The line the record starts on; the header is line 1. */
  line: number
  fields: string[]
}

/**
 * Every record of the file, empty lines skipped. Throws ImportError (file and line) for text that
 * is not UTF-8, a NUL byte, a bare CR, mixed line endings or broken quoting.
 */
export function* csvRecords(name: string, chunks: Iterable<Uint8Array>): Generator<CsvRecord> {
  // fatal: a byte that is not UTF-8 is an error, never a silent U+FFFD; the BOM is dropped.
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const parser = new RecordParser(name)
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode()
    } catch {
      throw new ImportError(name, 'the file is not UTF-8 text; save it as CSV UTF-8', parser.line)
    }
  }
  for (const chunk of chunks) yield* parser.consume(decode(chunk))
  yield* parser.consume(decode())
  yield* parser.finish()
}

type State = 'start' | 'unquoted' | 'quoted' | 'closed' | 'cr'
type Ending = '\n' | '\r\n'
const ENDING_NAMES = { '\n': 'LF', '\r\n': 'CRLF' } as const
const BARE_CR = 'a carriage return (CR) is not followed by a line feed; lines end with LF or CRLF'

class RecordParser {
  line = 1
  private state: State = 'start'
  private field = ''
  private fields: string[] = []
  private recordLine = 1
  private ending: Ending | undefined
  private done: CsvRecord[] = []

  constructor(private readonly name: string) {}

  consume(text: string): CsvRecord[] {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!
      if (c === '\0') {
        this.fail(
          'the file contains a NUL byte, which CSV text never has (was it saved as UTF-16 or as a spreadsheet?)',
        )
      }
      switch (this.state) {
        case 'quoted':
          if (c === '"') this.state = 'closed'
          else {
            if (c === '\n') this.line++
            this.field += c
          }
          break
        case 'cr':
          if (c !== '\n') this.fail(BARE_CR)
          this.endRecord('\r\n')
          break
        case 'closed':
          if (c === '"') {
            this.field += '"'
            this.state = 'quoted'
          } else if (c === ',' || c === '\n' || c === '\r') this.separator(c)
          else this.fail('a quoted value has text after its closing quote; double a " inside quotes ("")')
          break
        case 'start':
          if (c === '"') this.state = 'quoted'
          else this.separator(c)
          break
        case 'unquoted':
          if (c === '"') {
            this.fail(
              'a value has a " but does not start with one; quote the whole value and double the " ("")',
            )
          }
          this.separator(c)
          break
      }
    }
    return this.done.splice(0)
  }

  finish(): CsvRecord[] {
    if (this.state === 'quoted') this.fail('a quoted value is never closed (a " is missing)', this.recordLine)
    if (this.state === 'cr') this.fail(BARE_CR)
    if (this.state !== 'start' || this.fields.length > 0) {
      this.fields.push(this.field)
      this.done.push({ line: this.recordLine, fields: this.fields })
    }
    return this.done.splice(0)
  }

  /** A character outside quotes that is not a quote. */
  private separator(c: string): void {
    if (c === ',') {
      this.fields.push(this.field)
      this.field = ''
      this.state = 'start'
    } else if (c === '\n') this.endRecord('\n')
    else if (c === '\r') this.state = 'cr'
    else {
      this.field += c
      this.state = 'unquoted'
    }
  }

  private endRecord(kind: Ending): void {
    if (this.ending === undefined) this.ending = kind
    else if (this.ending !== kind) {
      this.fail(
        `the file mixes line endings: this line ends with ${ENDING_NAMES[kind]}, earlier lines with ${ENDING_NAMES[this.ending]}; save it with one kind (LF or CRLF)`,
      )
    }
    this.fields.push(this.field)
    // An empty line is no record.
    if (this.fields.length > 1 || this.fields[0] !== '')
      this.done.push({ line: this.recordLine, fields: this.fields })
    this.fields = []
    this.field = ''
    this.state = 'start'
    this.line++
    this.recordLine = this.line
  }

  private fail(detail: string, line = this.line): never {
    throw new ImportError(this.name, detail, line)
  }
}
