// Why an import was rejected, and where: the file, the line (1 = header) and the column.
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    const where = [file, line === undefined ? '' : `line ${line}`, column ? `column ${column}` : '']
      .filter(Boolean)
      .join(', ')
    super(`${where}: ${detail}`)
    this.name = 'ImportError'
  }
}
