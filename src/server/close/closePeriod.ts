import { closedAtText } from '../../core/close/closedChangesText';
import { SNAPSHOT_FORMATS, SNAPSHOT_HEADER, snapshotRows, type CloseHeader } from '../../core/close/snapshotRows';
import { ThadsError } from '../../core/errors';
import { asText } from '../../core/report/asText';
import type { SheetPlan } from '../../core/report/plan';
import { detectTableToSummarize } from '../../core/summary/summarizeTable';
import type { UnitRecord } from '../../core/types';
import type { ClosedPeriod, ClosePeriodRequest, ClosePeriodResponse, ReportSettings } from '../../shared/rpc';
import { swapIn } from '../ownSheets/swapIn';
import type { SheetsPort } from '../port';
import { reportDetectOptions } from '../report/reportReading';
import { tableFromOtherSheets } from '../report/otherSheets';
import { readSource } from '../report/sourceGrid';
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
    const rows = snapshotRows(header, read.units);
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
      `Đã chốt số liệu kỳ ${close.month} tháng năm ${close.year} (lần chốt số ${close.close}, ${rows.length} dòng) vào trang ẩn “${sheetName}”.${again} ` +
      'Các báo cáo sau của kỳ này sẽ liệt kê mọi số liệu thay đổi so với lần chốt.';
    return { ok: true, close, sheetName, message, closes: closesView(port) };
  });
}

/**
 * The table's rows as the report reads them (same reader, same mapping and money unit), spanning the
 * same sheets: the tiền sheet joined, or the unit tabs consolidated (tester, issue 13/14: a close of a
 * consolidated report stored the first tab's officers, so every later report listed nonsense changes).
 */
function readFigures(port: SheetsPort, settings: ReportSettings): { units: UnitRecord[]; moneyUnit: CloseHeader['moneyUnit'] } {
  const source = readSource(port, settings.source.sheet, settings.source.range);
  const options = reportDetectOptions(source, settings, settings.notRanked);
  const read = detectTableToSummarize(source.grid, options);
  if (!read.ok && !settings.consolidate) throw new ThadsError(read.message);
  const { table } = tableFromOtherSheets(port, settings, source, read.ok ? read.table : null, options);
  return { units: table.units, moneyUnit: table.moneyUnit };
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
