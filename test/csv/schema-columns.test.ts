import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { schemaColumns } from '../../src/csv/schema-columns.ts'
import { ContractSchema } from '../../src/domain/contract.ts'
import { csvFiles } from '../../src/import/files.ts'

const Sample = z.object({
  id: z.string(),
  vendorId: z.string(),
  startDate: z.string(),
  noticeDays: z.number().default(0),
  notes: z.string().optional(),
  addedOn: z.string(),
})

describe('CSV columns from a zod schema', () => {
  it('makes one snake_case column per field, required unless optional or defaulted, and applies only the stated differences', () => {
    expect(
      schemaColumns(Sample, {
        omit: ['id'],
        rename: { vendorId: 'vendor' },
        before: [{ name: 'region', required: true }],
        optional: ['added_on'],
        text: ['vendor', 'notes'],
      }),
    ).toEqual([
      { name: 'region', required: true },
      { name: 'vendor', required: true, text: true },
      { name: 'start_date', required: true },
      { name: 'notice_days', required: false },
      { name: 'notes', required: false, text: true },
      { name: 'added_on', required: false },
    ])
  })

  it('keeps contracts.csv in step with ContractSchema: a new field is a new column', () => {
    const columns = csvFiles.find((f) => f.file === 'contracts.csv')!.columns.map((c) => c.name)
    const carried = Object.keys(ContractSchema.shape).filter(
      (f) => !['id', 'calendar', 'decisions'].includes(f),
    )
    expect(columns).toHaveLength(carried.length)
    const extended = ContractSchema.extend({ reviewDays: z.number().optional() })
    expect(
      schemaColumns(extended, { omit: ['id', 'calendar', 'decisions'], rename: { vendorId: 'vendor' } }).at(
        -1,
      ),
    ).toEqual({ name: 'review_days', required: false })
  })
})
