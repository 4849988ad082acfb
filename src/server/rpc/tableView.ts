import type { DetectedTable } from '../../core/table/types';
import type { TableView } from '../../shared/rpc';

/**
 * The sidebar's view of a detected table (bảng đã nhận diện): where it is, every column's meaning
 * with its confidence, and the units — plain objects only, the figures stay on the server.
 */
export function tableView(table: DetectedTable, sheet: string, range: string | null): TableView {
  return {
    sheet,
    range,
    titleRows: [...table.titleRows],
    headerStart: table.headerStart,
    headerEnd: table.headerEnd,
    firstDataRow: table.firstDataRow,
    lastDataRow: table.lastDataRow,
    labelColumn: table.labelColumn,
    columns: table.columns.map((c) => ({ ...c, role: { ...c.role }, reasons: [...c.reasons] })),
    units: table.units.map((u) => ({ label: u.label, row: u.row, kind: u.kind, ranked: u.ranked })),
    moneyUnit: table.moneyUnit,
    moneyUnitSource: table.moneyUnitSource,
    layout: table.layout,
    confidence: table.confidence,
    warnings: [...table.warnings],
  };
}
