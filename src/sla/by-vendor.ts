// A vendor's incidents without a filter over every incident (300,000 at 100,000 vendors): grouped
// once per change of the incidents (see group-index.ts), in register order.
import type { Incident } from '../domain/sla.ts'
import { groupIndex } from '../store/group-index.ts'
import type { StoreView } from '../store/store.ts'

const byVendor = groupIndex('incidents', 'vendorId')

export function incidentsOfVendor(view: StoreView, vendorId: string): readonly Incident[] {
  return byVendor(view, vendorId)
}
