import { closedAtText } from '../../core/close/closedChangesText';
import { packCases } from '../../core/close/packCases';
import { SNAPSHOT_FORMATS, SNAPSHOT_HEADER, snapshotRows, type CloseHeader, type SnapshotExtras } from '../../core/close/snapshotRows';
import { formatCount } from '../../core/numbers/formatNumber';
import { registerCases } from '../../core/register/registerCases';
import type { DetectedTable } from '../../core/table/types';
import { ThadsError } from '../../core/errors';
import { asText } from '../../core/report/asText';
import type { SheetPlan } from '../../core/report/plan';
import type { UnitRecord } from '../../core/types';
import type { ClosedPeriod, ClosePeriodRequest, ClosePeriodResponse, ReportSettings } from '../../shared/rpc';
import { swapIn } from '../ownSheets/swapIn';
import type { SheetsPort } from '../port';
import { readReportTable } from '../report/reportTable';
import { loadSettings } from '../settings/settingsStore';
import { underDocumentLock } from '../underDocumentLock';
import { closeListText, readCloseList } from './closeList';
import { closesView } from './closesView';
import { CLOSES_OWNER, CLOSES_SHEET_NAME, CLOSES_WARNING, closeFingerprint, sheetProblem, snapshotSheet } from './snapshotSheet';

/**
 * Chốt số liệu kỳ này: re-reads the figures of the report's settings (those given, else the saved ones of
 * the last report) and stores them — one row per row of the table, every quantity of both measures, the
 * period, regime, source, money unit, when and by whom — in the add-on's hidden sheet "THADS Chốt số
 * liệu" (created the first time, marked, warning-only protection), then adds the close with the
 * fingerprint of its rows to the document's list. Under the document lock: one write to the sheet, one
 * property write. A re-close of the same period appends and keeps history, and says so. Nothing is
 * written when the sheet of earlier closes was deleted (their loss is said first) or the list no longer reads.
 */
export function closePeriod(port: SheetsPort, request: ClosePeriodRequest, now: Date = new Date()): ClosePeriodResponse {
  const settings = request.settings ?? loadSettings(port);
  if (!settings) throw new ThadsError('Chưa có báo cáo nào được tạo trong bảng tính này: hãy tạo báo cáo của kỳ cần chốt trước, rồi bấm “Chốt số liệu kỳ này”.');
  const read = readFigures(port, settings);
  const closedBy = request.closedBy?.trim() || null;
  return underDocumentLock(port, () => {
    const list = readCloseList(port);
    const sheet = snapshotSheet(port);
    if (!sheet && list.closes.length > 0) throw new ThadsError(`${sheetProblem(sheet, list.closes)} Chưa có gì được ghi.`);
    const header: CloseHeader = {
      close: list.last + 1,
      period: settings.period,
      regime: settings.regime,
      sourceSheet: settings.source.sheet,
      sourceRange: settings.source.range ?? '',
      moneyUnit: read.moneyUnit,
      closedAt: now.toISOString(),
      closedBy: closedBy ?? '',
    };
    const rows = snapshotRows(header, read.units, read.extras);
    const close: ClosedPeriod = {
      close: header.close,
      year: settings.period.year,
      month: settings.period.month,
      closedAt: header.closedAt,
      closedBy,
      rows: rows.length,
      fingerprint: closeFingerprint(rows),
    };
    const next = { last: close.close, closes: [...list.closes, close] };
    const listText = closeListText(next); // too long: refused before anything is written
    fitsSpreadsheet(port, rows.length, !sheet);
    const written = rows.map((r) => r.map((v) => (typeof v === 'string' ? asText(v) : v)));
    let sheetName: string;
    if (sheet) {
      port.appendRows(sheet.name, CLOSES_OWNER, written, [...SNAPSHOT_FORMATS]);
      sheetName = sheet.name;
    } else {
      sheetName = swapIn(port, {
        plan: snapshotPlan(written),
        owner: CLOSES_OWNER,
        name: CLOSES_SHEET_NAME,
        replaces: [],
        what: 'trang Chốt số liệu',
        warnOnEdit: CLOSES_WARNING,
        hidden: true,
      }).sheetName;
    }
    port.setSetting(...listText);
    const earlier = list.closes.filter((c) => c.year === close.year && c.month === close.month);
    const last = earlier[earlier.length - 1];
    const again = last ? ` Kỳ này đã chốt lúc ${closedAtText(last.closedAt)}; lần chốt mới được thêm, các lần trước vẫn được giữ.` : '';
    const message =
      `Đã chốt số liệu kỳ ${close.month} tháng năm ${close.year} (lần chốt số ${close.close}, ${rows.length} dòng${read.kept}) vào trang ẩn “${sheetName}”.${again} ` +
      `Các báo cáo sau của kỳ này sẽ liệt kê mọi số liệu thay đổi so với lần chốt.${read.note}`;
    return { ok: true, close, sheetName, message, closes: closesView(port) };
  });
}

/** Sheets holds at most 10 million cells in a spreadsheet. */
export const SPREADSHEET_CELLS = 10_000_000;

/**
 * Refuses (a ThadsError, before anything is written) a close whose rows would take the spreadsheet past
 * its 10 million cells. Counted generously: each new row as wide as the snapshot sheet (at least the 26
 * columns of a new sheet), and a new sheet as Sheets makes it (1000 rows at least).
 */
function fitsSpreadsheet(port: SheetsPort, rows: number, newSheet: boolean): void {
  const width = Math.max(26, SNAPSHOT_HEADER.length);
  const added = (newSheet ? Math.max(1000, rows + 2) : rows) * width;
  const cells = port.cellCount();
  if (cells + added > SPREADSHEET_CELLS) {
    const f = (n: number) => formatCount(n);
    throw new ThadsError(
      `Không chốt được: bảng tính đang có ${f(cells)} ô, lần chốt này cần thêm khoảng ${f(added)} ô (${f(rows)} dòng), vượt giới hạn ${f(SPREADSHEET_CELLS)} ô của Google Sheets. ` +
        'Hãy xóa bớt các trang không dùng (hoặc các hàng, cột trống) hoặc chốt trong một bản sao của bảng tính. Chưa có gì được ghi.',
    );
  }
}

/**
 * The table's rows as the report reads them (same reader, same mapping and money unit, the same sheets), with what a close
 * keeps beside them: the mapping; from a register, its officers and its cases, packed. A register whose
 * case identities repeat, or whose counted cases lack a decision number, is refused (a ThadsError naming
 * the rows): a close that could not tell two cases apart could not later say which of them moved.
 */
function readFigures(port: SheetsPort, settings: ReportSettings): { units: UnitRecord[]; moneyUnit: CloseHeader['moneyUnit']; extras: SnapshotExtras; kept: string; note: string } {
  // The same sheets the report spans, read by the report's own reader: the tiền sheet joined, or the unit
  // tabs consolidated (tester, issue 13/14: a close of a consolidated report stored the first tab's
  // officers, so every later report listed nonsense changes).
  const { source, table } = readReportTable(port, settings, settings.notRanked);
  const extras: SnapshotExtras = { mapping: mappingText(table) };
  let kept = '';
  let note = '';
  if (table.layout === 'register') {
    const found = registerCases(source.grid, table, settings.regime);
    const where = (rows: readonly number[]) => sheetRows(rows, source.rowOffset);
    if (found.duplicates.length > 0) {
      const shown = found.duplicates.slice(0, 5).map((d) => `${d.identity} ở các dòng ${where(d.rows)}`);
      const more = found.duplicates.length > 5 ? `; và ${found.duplicates.length - 5} việc khác` : '';
      throw new ThadsError(
        `Không chốt được: trong sổ thụ lý (trang “${source.sheet}”) có việc trùng đơn vị, số quyết định và ngày, nên không phân biệt được từng việc: ${shown.join('; ')}${more}. ` +
          // Without a date column the identity is the number alone, which restarts every year (tester, issue 14).
          (table.register?.columns.some((c) => c.field === 'acceptedOn')
            ? 'Hãy sửa số quyết định hoặc ngày của các dòng này cho đúng rồi chốt lại. Chưa có gì được ghi.'
            : 'Sổ thụ lý không có cột ngày ra quyết định (“Ngày thụ lý”, “Ngày ra quyết định”), mà số quyết định bắt đầu lại mỗi năm: hãy thêm cột ngày rồi chốt lại. Chưa có gì được ghi.'),
      );
    }
    if (found.missing.length > 0) {
      throw new ThadsError(
        `Không chốt được: ${found.missing.length} việc trong sổ thụ lý (trang “${source.sheet}”) không có số quyết định thi hành án (dòng ${where(found.missing.slice(0, 10))}${found.missing.length > 10 ? ', …' : ''}), nên không phân biệt được từng việc. ` +
          'Hãy điền số quyết định rồi chốt lại. Chưa có gì được ghi.',
      );
    }
    if (found.officers) extras.officers = found.officers;
    if (found.cases) {
      extras.cases = packCases(found.cases);
      kept = `, ${formatCount(found.cases.length)} việc`;
    } else {
      note = ' Sổ thụ lý không có cột “Số quyết định”: từng việc không được lưu, nên các báo cáo sau chỉ so sánh số liệu tổng hợp, không chỉ ra việc nào thay đổi.';
    }
  }
  return { units: table.units, moneyUnit: table.moneyUnit, extras, kept, note };
}

/** Sheet rows of grid rows (the grid's first row is the sheet's row `rowOffset`): "5, 90". */
function sheetRows(rows: readonly number[], rowOffset: number): string {
  return rows.map((r) => r + rowOffset).join(', ');
}

/**
 * Cách đọc các cột (the mapping) as the close keeps it: per column read, its letter-free index, header and
 * role — a register's fields, or the table's column roles.
 */
function mappingText(table: DetectedTable): string {
  if (table.register) return JSON.stringify({ layout: 'register', groupBy: table.register.groupBy, columns: table.register.columns.map((c) => [c.column, c.field, c.header]) });
  return JSON.stringify({ layout: table.layout, columns: table.columns.filter((c) => c.role.kind !== 'ignored').map((c) => [c.column, c.role, c.header]) });
}

/** The snapshot sheet the first close creates: the header, then its rows, text kept as text. */
function snapshotPlan(rows: (string | number)[][]): SheetPlan {
  const width = SNAPSHOT_HEADER.length;
  return {
    values: [SNAPSHOT_HEADER.map(asText), ...rows],
    numberFormats: rows.length > 0 ? [{ range: { row: 1, column: 0, rows: rows.length, columns: width }, formats: rows.map(() => [...SNAPSHOT_FORMATS]) }] : [],
    bold: [{ row: 0, column: 0, rows: 1, columns: width }],
    backgrounds: [],
    wrap: [],
    frozenRows: 1,
    columnWidths: [],
    conditionalRules: [],
    charts: [],
  };
}
