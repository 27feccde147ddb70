// The core must know no chat platform: a cheap check that fails the build if one leaks in.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('architecture', () => {
  const core = sources('src')

  it('keeps chat SDKs and adapters out of src/', () => {
    const offenders = core.filter((file) =>
      /from ['"](@slack\/|botbuilder|botframework|@microsoft\/|(\.\.\/)+adapters\/)/.test(
        readFileSync(file, 'utf8'),
      ),
    )
    expect(offenders).toEqual([])
  })

  it('reads the clock and the environment only through their modules', () => {
    const offenders = core.filter((file) => {
      const text = readFileSync(file, 'utf8')
      return (
        /new Date\(\)|Date\.now\(\)|process\.env/.test(text) && !file.endsWith(join('config', 'config.ts'))
      )
    })
    expect(offenders).toEqual([])
  })
})
