// A file-system layer that fails like a full, read-only or broken disk on demand. We run as root,
// so chmod cannot make a folder unwritable; injecting the failure is portable and exact.
import fs from 'node:fs'
import fsp, { type FileHandle } from 'node:fs/promises'
import { nodeFs, type StoreFs } from '../../src/store/store-fs.ts'

export type Op =
  | 'open'
  | 'write'
  | 'writeFile'
  | 'datasync'
  | 'sync'
  | 'truncate'
  | 'rename'
  | 'unlink'
  | 'mkdir'

export interface Failure {
  code: string
  /** Which calls fail; all writing calls when omitted. */
  when?: (op: Op, file: string) => boolean
  /** A failing write() first writes half its bytes, like a disk filling up mid-write. */
  partial?: boolean
}

function ioError(code: string, op: Op, file: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: simulated failure, ${op} '${file}'`) as NodeJS.ErrnoException
  error.code = code
  return error
}

const WRITE_FLAGS = /[wax+]/

export class FailingFs {
  failure: Failure | undefined
  calls = 0
  /** The file behind each descriptor opened here, so a failing write names it. */
  private readonly files = new Map<number, string>()

  private fails(op: Op, file: string): string | undefined {
    const f = this.failure
    if (!f || (f.when && !f.when(op, file))) return undefined
    this.calls++
    return f.code
  }

  readonly fs: StoreFs = {
    ...nodeFs,
    open: (async (file: string, flags?: string, mode?: number) => {
      const name = String(file)
      if (flags && WRITE_FLAGS.test(String(flags))) {
        const code = this.fails('open', name)
        if (code) throw ioError(code, 'open', name)
      }
      const handle = await fsp.open(file, flags, mode)
      this.files.set(handle.fd, name)
      return this.wrap(handle, name)
    }) as StoreFs['open'],
    rename: async (from, to) => {
      const code = this.fails('rename', String(to))
      if (code) throw ioError(code, 'rename', String(to))
      return fsp.rename(from, to)
    },
    mkdir: (async (dir: string, options?: { recursive?: boolean }) => {
      const code = this.fails('mkdir', String(dir))
      if (code) throw ioError(code, 'mkdir', String(dir))
      return fsp.mkdir(dir, options)
    }) as StoreFs['mkdir'],
    unlink: async (file) => {
      const code = this.fails('unlink', String(file))
      if (code) throw ioError(code, 'unlink', String(file))
      return fsp.unlink(file)
    },
    openSync: ((file: string, flags?: string, mode?: number) => {
      const name = String(file)
      if (flags && WRITE_FLAGS.test(String(flags))) {
        const code = this.fails('open', name)
        if (code) throw ioError(code, 'open', name)
      }
      const fd = fs.openSync(file, flags ?? 'r', mode)
      this.files.set(fd, name)
      return fd
    }) as StoreFs['openSync'],
    writeSync: ((fd: number, buffer: Buffer, offset: number, length: number, position: number) => {
      const name = this.files.get(fd) ?? `fd ${fd}`
      const code = this.fails('write', name)
      if (!code) return fs.writeSync(fd, buffer, offset, length, position)
      if (this.failure?.partial) fs.writeSync(fd, buffer, offset, Math.floor(length / 2), position)
      throw ioError(code, 'write', name)
    }) as StoreFs['writeSync'],
    closeSync: (fd) => {
      this.files.delete(fd)
      fs.closeSync(fd)
    },
    unlinkSync: (file) => {
      const code = this.fails('unlink', String(file))
      if (code) throw ioError(code, 'unlink', String(file))
      fs.unlinkSync(file)
    },
  }

  private wrap(handle: FileHandle, file: string): FileHandle {
    return new Proxy(handle, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target)
        if (typeof value !== 'function') return value
        const op = prop as Op
        if (!['write', 'writeFile', 'datasync', 'sync', 'truncate'].includes(op)) return value.bind(target)
        return async (...args: unknown[]) => {
          const code = this.fails(op, file)
          if (!code) return value.apply(target, args)
          if (op === 'write' && this.failure?.partial) {
            const [buffer, offset, length, position] = args as [Buffer, number, number, number]
            await target.write(buffer, offset, Math.floor(length / 2), position)
          }
          throw ioError(code, op, file)
        }
      },
    })
  }
}
