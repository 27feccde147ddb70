import { describe, expect, it } from 'vitest'
import { isCheckKindWord, normaliseKind, takeCheckKind } from '../../src/domain/check-kind.ts'

describe('check kinds', () => {
  it.each([
    ['soc2', 'soc2'],
    ['SOC 2', 'soc2'],
    ['soc-2', 'soc2'],
    ['SOC2 Type II', 'soc2'],
    ['soc 1', 'soc1'],
    ['questionnaire', 'questionnaire'],
    ['security questionnaire', 'questionnaire'],
    ['insurance certificate', 'insurance'],
    ['certificate of insurance', 'insurance'],
    ['COI', 'insurance'],
    ['adverse media', 'adverse_media'],
    ['adverse-media', 'adverse_media'],
    ['adverse_media', 'adverse_media'],
    ['Adverse Media check', 'adverse_media'],
    ['financials', 'financial'],
    ['pentest', 'pentest'],
    ['Pen-Test', 'pen_test'],
  ])('%s → %s', (typed, kind) => {
    expect(normaliseKind(typed)).toBe(kind)
  })

  it.each(['pen test', '#$%', '', '9lives'])('rejects %j as a kind', (typed) => {
    expect(normaliseKind(typed)).toBeNull()
  })

  it('takes the longest known spelling from the start of the words', () => {
    expect(takeCheckKind(['SOC', '2', 'on', '2026-11-20'])).toEqual({ kind: 'soc2', used: 2 })
    expect(takeCheckKind(['adverse', 'media', 'nothing', 'found'])).toEqual({
      kind: 'adverse_media',
      used: 2,
    })
    expect(takeCheckKind(['insurance', 'certificate', 'renewed'])).toEqual({ kind: 'insurance', used: 2 })
    expect(takeCheckKind(['pentest', 'clean'])).toEqual({ kind: 'pentest', used: 1 })
    expect(takeCheckKind([])).toBeNull()
  })

  it('knows which words start a check kind (they end a vendor name)', () => {
    for (const w of ['soc', 'SOC2', 'soc-2', 'adverse', 'insurance', 'questionnaire', 'financial', 'coi']) {
      expect(isCheckKindWord(w)).toBe(true)
    }
    for (const w of ['contoso', 'ltd', 'media', 'pentest']) expect(isCheckKindWord(w)).toBe(false)
  })
})
