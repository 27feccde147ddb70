// The Bot Framework SDK stays behind one module, so moving to the Microsoft 365 Agents SDK is a
// rewrite of adapters/teams/bot-framework.ts only.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('the botbuilder seam', () => {
  it('imports botbuilder (or its packages) from adapters/teams/bot-framework.ts only', () => {
    const importers = [...sources('src'), ...sources('adapters')].filter((file) =>
      /from ['"](botbuilder|botframework-|@microsoft\/agents)/.test(readFileSync(file, 'utf8')),
    )
    expect(importers).toEqual([join('adapters', 'teams', 'bot-framework.ts')])
  })
})
