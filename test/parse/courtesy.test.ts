import { describe, expect, it } from 'vitest'
import { stripCourtesy } from '../../src/parse/courtesy.ts'

describe('stripCourtesy', () => {
  it.each([
    ['next month please', 'next month'],
    ['please next month?', 'next month'],
    ['  next 60 days, thanks!  ', 'next 60 days'],
    ['tier critical pls', 'tier critical'],
    ['', ''],
    ['?', ''],
    ['pleasant', 'pleasant'],
    ['show me vendors thx', 'vendors'],
    ['can you please tell me tier critical, thank you.', 'tier critical'],
    ['list vendors?', 'vendors'],
    ['showcase', 'showcase'],
    ['tier criticalplease', 'tier criticalplease'],
  ])('%j → %j', (input, output) => {
    expect(stripCourtesy(input)).toBe(output)
  })
})
