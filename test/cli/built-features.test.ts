// The built CLI carries the plain-language phrasings' features (bin/build.mjs reads them once and
// writes them into the bundle), and they are the ones the current sources give: a build that lost
// the table, or kept a stale one, fails here. Its sources are Latin-1 only, so V8 holds each at one
// byte a character for the life of the process. test/support/build-cli.ts has built dist/ first.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { OUT_DIR } from '../../bin/build.mjs'
import { allCommands } from '../../src/app/command-table.ts'
import { phrasingTable } from '../../src/language/phrasing-features.ts'

/** The string literal the build's stand-in for built-features.ts parses, from the bundle's text. */
function builtTable(): unknown {
  const found: string[] = []
  for (const name of readdirSync(OUT_DIR).filter((n) => n.endsWith('.js'))) {
    const text = readFileSync(join(OUT_DIR, name), 'utf8')
    for (const m of text.matchAll(
      /BUILT_FEATURES\d* = (?:\/\* @__PURE__ \*\/ )?new Map\(JSON\.parse\(([^\n]*)\)\);?\n/g,
    ))
      found.push(m[1]!)
  }
  expect(found).toHaveLength(1)
  // esbuild picks the quotes; the literal is evaluated, alone, in an empty context.
  return JSON.parse(runInNewContext(found[0]!) as string)
}

describe('the built CLI', () => {
  it('carries every phrasing with the features the sources read from it', () => {
    expect(builtTable()).toEqual(phrasingTable(allCommands))
  })

  it('has no character beyond Latin-1 in any chunk (one would double the chunk in memory)', () => {
    const chunks = readdirSync(OUT_DIR).filter((n) => n.endsWith('.js'))
    // Bolt's chunk among them: its comments have em dashes that esbuild keeps.
    expect(chunks.length).toBeGreaterThan(5)
    const wide = chunks.filter((name) => /[\u0100-\uffff]/.test(readFileSync(join(OUT_DIR, name), 'utf8')))
    expect(wide).toEqual([])
  })
})
