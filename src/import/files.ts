// Every register file import and export know, one line each. Features add their own spec here.

import type { CsvFileSpec } from '../csv/csv-spec.ts'
import { riskChecksCsv } from '../risk/risk-checks-csv.ts'
import { creditBandsCsv } from '../sla/credit-bands-csv.ts'
import { incidentsCsv } from '../sla/incidents-csv.ts'
import { slaTargetsCsv } from '../sla/sla-targets-csv.ts'
import { contractsCsv } from './contracts-csv.ts'
import { vendorsCsv } from './vendors-csv.ts'

export const csvFiles: CsvFileSpec[] = [
  vendorsCsv,
  contractsCsv,
  slaTargetsCsv,
  riskChecksCsv,
  incidentsCsv,
  creditBandsCsv,
]
