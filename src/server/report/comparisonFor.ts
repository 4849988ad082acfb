import { ThadsError } from '../../core/errors';
import { comparisonPeriodDisagreement } from '../../core/period/comparisonPeriodDisagreement';
import { regimeDifference, type YearRegime } from '../../core/period/regimeDifference';
import { regimeForYear } from '../../core/period/regimeForYear';
import { detectTable } from '../../core/read/detectTable';
import { mapUnits } from '../../core/summary/mapUnits';
import { matchUnits, type UnitMatch } from '../../core/summary/matchUnits';
import { unitMappingRows, UNIT_MAPPING_SHEET_NAME } from '../../core/summary/unitMappingRows';
import type { DetectedTable } from '../../core/table/types';
import type { Finding, UnitRecord } from '../../core/types';
import type { ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { guessPeriod } from '../rpc/guessPeriod';
import { unitMappingSheetOf } from '../settings/unitMappingSheet';
import { otherTabsMoneyUnit } from './reportReading';
import { readSource } from './sourceGrid';

/** Last year's table as read for the comparison. */
export interface LastYear {
  previous: UnitRecord[];
  sheet: string;
  /** "bảng so sánh (trang “Cùng kỳ 2019”)", as findings name it. */
  source: string;
  /** Last year's regime: the one its table points to (the reader's inference), else its year's default. */
  regime: YearRegime;
  findings: Finding[];
}

/** The comparison with the same period last year, ready to compute. */
export interface Comparison extends LastYear {
  /** This year's rows joined to last year's: by name, and by the «Đối chiếu đơn vị» sheet when there is one. */
  match: UnitMatch;
  /** Beside the comparison in the report: two regimes, units merged or renamed by the mapping sheet. */
  notes: string[];
  /** What the unmatched-units finding tells the user to do. */
  unmatchedHint: string;
}

/**
 * Reads last year's table (bảng cùng kỳ năm trước) in its own money unit, converted to đồng like this
 * year's and shown in this year's; one that states no unit is taken to keep the unit this year's states.
 * Its regime is the one the reader inferred from it, else regimeForYear(year − 1). Null without one.
 */
export function readLastYear(port: SheetsPort, settings: ReportSettings, table: DetectedTable, notRanked: string[]): LastYear | null {
  if (!settings.comparison) return null;
  const moneyUnit = otherTabsMoneyUnit(settings, table);
  const other = readSource(port, settings.comparison.sheet, settings.comparison.range);
  const found = detectTable(other.grid, { merges: other.merges, rowOffset: other.rowOffset, columnOffset: other.columnOffset, moneyUnit, notRanked });
  if (!found.ok) throw new ThadsError(`Bảng so sánh (trang “${other.sheet}”): ${found.message}`);
  const findings: Finding[] = [];
  const otherPeriod = comparisonPeriodDisagreement(settings.period, guessPeriod(found.table.titleRows, other.sheet), other.sheet);
  if (otherPeriod) findings.push({ severity: 'warning', rule: 'comparison-period', message: otherPeriod });
  const year = settings.period.year - 1;
  const inferred = found.table.regime;
  return {
    previous: found.table.units,
    sheet: other.sheet,
    source: `bảng so sánh (trang “${other.sheet}”)`,
    regime: inferred ? { year, regime: inferred.regime, reason: inferred.reason } : { year, regime: regimeForYear(year) },
    findings,
  };
}

/**
 * So sánh cùng kỳ (the comparison of a report): last year's table read once, the «Đối chiếu đơn vị»
 * sheet read once when there is one (mapUnits: renamed and merged units; its bad rows are findings),
 * else the join by name; a table none of whose units joins is refused (another province's or level's);
 * and when the two years fall under different regimes, a note and a warning saying what differs.
 */
export function comparisonFor(port: SheetsPort, settings: ReportSettings, table: DetectedTable, notRanked: string[]): Comparison | null {
  const last = readLastYear(port, settings, table, notRanked);
  if (!last) return null;
  const findings = [...last.findings];
  const notes: string[] = [];
  const sheet = unitMappingSheetOf(port.listSheets());
  let match: UnitMatch;
  if (sheet) {
    const read = unitMappingRows(port.readSheet(sheet.name)?.values ?? [], sheet.name);
    const mapped = mapUnits(table.units, last.previous, { sheet: sheet.name, rows: read.rows, previousSource: last.source }, last.regime.regime);
    findings.push(...read.findings, ...mapped.findings);
    if (mapped.merged.length > 0) {
      const merges = mapped.merged.map((m) => `${m.current} so với tổng của ${m.previous.join(', ')}`).join('; ');
      notes.push(`Đơn vị gộp (theo trang “${sheet.name}”), số liệu năm trước được cộng lại: ${merges}.`);
    }
    match = mapped;
  } else match = matchUnits(table.units, last.previous);
  refuseUnrelated(table.units, match, sheet?.name ?? null);

  const regimes = regimeDifference({ year: settings.period.year, regime: settings.regime }, last.regime);
  if (regimes) {
    notes.push(regimes);
    findings.push({ severity: 'warning', rule: 'comparison-regime', message: regimes });
  }
  const where = sheet ? `trang “${sheet.name}”` : `trang “${UNIT_MAPPING_SHEET_NAME}” (nút “Tạo trang Đối chiếu đơn vị” trong bảng điều khiển)`;
  return {
    ...last,
    findings,
    match,
    notes,
    unmatchedHint: `Đơn vị đổi tên hoặc đã gộp: ghi vào ${where} mỗi dòng một đơn vị năm trước và đơn vị năm nay tương ứng; nếu chỉ là ghi tên khác nhau, hãy sửa cho tên giống nhau.`,
  };
}

/**
 * A comparison table none of whose units is in this year's table (by name or by the mapping sheet) is
 * another province's or another level's: refused. Some units without a partner are a finding.
 */
function refuseUnrelated(current: readonly UnitRecord[], match: UnitMatch, mappingSheet: string | null): void {
  const units = current.filter((u) => u.kind === 'unit');
  if (units.length > 0 && match.unmatchedCurrent.length === units.length) {
    const mapping = mappingSheet ? ` (kể cả theo trang “${mappingSheet}”)` : '';
    throw new ThadsError(
      `Bảng so sánh không có đơn vị nào trùng tên với bảng số liệu${mapping} (ví dụ “${units[0]!.label}”): hãy chọn bảng cùng kỳ năm trước của cùng các đơn vị, ` +
        `hoặc ghi đơn vị hai năm tương ứng vào trang “${mappingSheet ?? UNIT_MAPPING_SHEET_NAME}”.`,
    );
  }
}
