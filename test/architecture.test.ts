// The core must know no chat platform: a cheap check that fails the build if one leaks in. It also
// keeps the folders of src/ readable as the architecture: arrows between top-level folders point
// one way, so a folder-level cycle fails here as a design question (STYLE.md 11).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || skip.includes(path)) return []
    return statSync(path).isDirectory() ? sources(path, skip) : /\.(ts|mts|mjs)$/.test(path) ? [path] : []
  })
}

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g

/** The top-level folder of src/ a file sits in ('.' for a file directly in src/). */
function folderOf(file: string): string {
  const parts = relative('src', file).split('/')
  return parts.length > 1 ? parts[0]! : '.'
}

/** Which top-level folders of src/ each folder imports, with one importing file per arrow. */
function folderGraph(files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (!spec!.startsWith('.')) continue
      const target = normalize(join(dirname(file), spec!))
      if (relative('src', target).startsWith('..')) continue
      const from = folderOf(file)
      const to = folderOf(target)
      if (from === to) continue
      const arrows = graph.get(from) ?? new Map<string, string>()
      if (!arrows.has(to)) arrows.set(to, `${file} imports ${target}`)
      graph.set(from, arrows)
    }
  }
  return graph
}

/** Every group of folders that reach each other (Tarjan's strongly connected components). */
function folderCycles(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const cycles: string[][] = []
  const visit = (node: string): void => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const group: string[] = []
    let member: string
    do {
      member = stack.pop()!
      group.push(member)
    } while (member !== node)
    if (group.length > 1) cycles.push(group.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}

/** A cycle as the arrows inside it, each with a file that makes it, so the failure says what to move. */
function describeCycle(graph: Map<string, Map<string, string>>, group: string[]): string[] {
  return group.flatMap((from) =>
    group.flatMap((to) => {
      const why = graph.get(from)?.get(to)
      return why ? [`${from} -> ${to} (${why})`] : []
    }),
  )
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

  it('has no cycle between the top-level folders of src/, of two folders or more', () => {
    const graph = folderGraph(core)
    expect(folderCycles(graph).map((group) => describeCycle(graph, group))).toEqual([])
  })

  it('finds a cycle through three folders, not only between two', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a.ts imports b.ts']])],
      ['b', new Map([['c', 'b.ts imports c.ts']])],
      ['c', new Map([['a', 'c.ts imports a.ts']])],
      ['d', new Map([['a', 'd.ts imports a.ts']])],
    ])
    expect(folderCycles(graph)).toEqual([['a', 'b', 'c']])
  })

  // The adapters decide what their platform means (STYLE.md, what to avoid): the terminal's admin
  // rights and how a form is shown. A command that asks which surface it serves fails here.
  it('never asks in src/ which platform a request came from', () => {
    const found: Record<string, string[]> = {}
    for (const file of core) {
      const tests = readFileSync(file, 'utf8').match(
        /\bplatform\s*[!=]==?|[!=]==?\s*[\w.?]*\bplatform\b|\b(?:request|inbound|asker|r)\??\.platform\b/g,
      )
      if (tests) found[file] = tests
    }
    expect(found).toEqual({})
  })

  it('imports @slack/ packages only in adapters/slack/ and bench/', () => {
    const files = ['src', 'adapters', 'test', 'bin'].flatMap((dir) =>
      sources(dir, [join('adapters', 'slack')]),
    )
    const offenders = files.filter((file) =>
      /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]@slack\//.test(
        readFileSync(file, 'utf8'),
      ),
    )
    expect(offenders).toEqual([])
  })
})
