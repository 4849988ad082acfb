/**
 * The report settings the sidebar would send (src/shared/rpc.ts ReportSettings) for a sheet of
 * the synthetic tables: year 2024, 12 months, regime B, the 2024 national targets
 * (83,25% việc, 46,45% tiền, domain §6) for every unit, ranked by the việc rate.
 */
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { ReportSettings } from '../../src/shared/rpc';

export function reportSettings(sheet: string): ReportSettings {
  return withReportDefaults({
    source: { sheet, range: null, mapping: null },
    period: { year: 2024, month: 12 },
    targets: { kind: 'uniform', viec: 0.8325, tien: 0.4645, backlogReduction: null },
  });
}
