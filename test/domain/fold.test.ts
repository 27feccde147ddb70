import { describe, expect, it } from 'vitest'
import { fold } from '../../src/domain/fold.ts'
import { nameWords } from '../../src/domain/normalize.ts'
import { wordsOf } from '../../src/language/words.ts'

describe('text folding', () => {
  it.each([
    ['Straße', 'strasse'],
    ['ÆRØ Œuvre', 'aero oeuvre'],
    ['Łódź Đakovo', 'lodz dakovo'],
    ['Þór Guðrún', 'thor gudrun'],
    ['Dıyarbakır', 'diyarbakir'],
    ['Ħamrun Ŧest', 'hamrun test'],
    ['Société Générale', 'societe generale'],
    ['ﬁnance', 'finance'],
    ['Contoso’s', "contoso's"],
  ])('%s folds to %s', (text, folded) => {
    expect(fold(text)).toBe(folded)
  })

  it('the language layer reads a vendor name exactly as the name lookup does', () => {
    for (const name of ['Ærø Shipping', 'Þórsson Œuvre', 'Đurić Łabs', 'Ħal Far Dıgital', 'Weißbier AG']) {
      expect(wordsOf(name).map((w) => w.norm)).toEqual(nameWords(name))
    }
  })
})
