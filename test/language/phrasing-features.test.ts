// The model built from the build's table of phrasing features (bin/build.mjs writes it into the
// bundle) is the model built by reading every phrasing at run time, and the table is what it uses.
import { describe, expect, it } from 'vitest'
import { allCommands } from '../../src/app/command-table.ts'
import { buildModel, type Model } from '../../src/language/model.ts'
import { phrasingFeatures, phrasingTable } from '../../src/language/phrasing-features.ts'

/** A model as plain data: command names for commands, entries for maps and sets. */
function plain(model: Model) {
  return {
    intents: model.intents.map((i) => ({
      command: i.command.name,
      weights: [...i.weights],
      needs: i.needs,
      shuns: i.shuns,
    })),
    vocabulary: [...model.vocabulary].sort(),
    heads: [...model.heads].sort(),
  }
}

describe('phrasing features read ahead of time', () => {
  const table = phrasingTable(allCommands)

  it('holds every declared phrasing once, with the features a run-time read gives', () => {
    const declared = new Set(allCommands.flatMap((c) => c.phrasings ?? []))
    expect(table.map(([p]) => p).sort()).toEqual([...declared].sort())
    expect(declared.size).toBeGreaterThan(50)
    for (const [phrasing, features] of table) expect(features).toEqual(phrasingFeatures(phrasing))
    // Not empty throughout: a broken reader giving [] everywhere would agree with itself.
    expect(table.find(([p]) => p === 'upcoming renewals')?.[1]).toEqual(['upcom', 'renewal', 'upcom_renewal'])
  })

  it('builds the same model as reading each phrasing when the model is built', () => {
    expect(plain(buildModel(allCommands, new Map(table)))).toEqual(plain(buildModel(allCommands, new Map())))
  })

  it('takes a phrasing from the table instead of reading it', () => {
    const [first] = table[0]!
    const model = buildModel(allCommands, new Map([[first, ['zzzunheard']]]))
    expect(model.vocabulary.has('zzzunheard')).toBe(true)
    expect(buildModel(allCommands, new Map()).vocabulary.has('zzzunheard')).toBe(false)
  })
})
