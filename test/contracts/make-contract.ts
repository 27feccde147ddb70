// Test helper: a valid contract record with only the fields a test cares about changed.
import type { Contract } from '../../src/domain/contract.ts'

export function contract(fields: Partial<Contract> = {}): Contract {
  return {
    id: 'c1',
    vendorId: 'v1',
    title: 'Licence',
    kind: 'licence',
    startDate: '2024-05-01',
    endDate: '2025-04-30',
    autoRenew: true,
    renewalTermMonths: 12,
    noticeDays: 90,
    annualValue: '1000.00',
    currency: 'USD',
    owner: '',
    monthlyFee: null,
    creditPercentPerBreach: null,
    creditCapPercent: null,
    status: 'active',
    endedOn: null,
    calendar: null,
    decisions: [],
    ...fields,
  }
}
