// One set of record factories for every test: a valid record of each kind, with only the fields a
// test cares about given. Defaults are plain (medium tier, empty text) so a test states what matters.
import type { Contract } from '../../src/domain/contract.ts'
import type { RiskCheck } from '../../src/domain/risk-check.ts'
import type { Vendor } from '../../src/domain/vendor.ts'

export function vendor(id: string, name = `Vendor ${id}`, fields: Partial<Vendor> = {}): Vendor {
  return {
    id,
    name,
    tier: 'medium',
    aliases: [],
    category: '',
    owner: '',
    contactEmail: '',
    notes: '',
    ...fields,
  }
}

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
    claimDays: null,
    status: 'active',
    endedOn: null,
    calendar: null,
    decisions: [],
    ...fields,
  }
}

export function riskCheck(
  id: string,
  vendorId: string,
  kind: string,
  fields: Partial<RiskCheck> = {},
): RiskCheck {
  return {
    id,
    vendorId,
    kind,
    cadenceDays: null,
    lastDone: null,
    evidence: '',
    doneBy: '',
    addedOn: '2026-01-01',
    ...fields,
  }
}
