/**
 * A stand-in for the add-on's server side, answering the sidebar's calls from fixed data typed by
 * the contract (src/shared/rpc.ts). It lets the browser tests check the sidebar's own behaviour
 * (validation before sending, busy button, language switch, text-only rendering) apart from the
 * server; the end-to-end tests use the real built add-on in the runtime.
 */
import type { ColumnMapping } from '../../src/core/types';
import type {
  CreateGradeSheetResponse,
  CreateUnitMappingSheetResponse,
  SetLanguageResponse,
  CreateTargetsSheetResponse,
  DetectResponse,
  MakeReportRequest,
  MakeReportResponse,
  SaveSettingsResponse,
  SidebarState,
  TableView,
} from '../../src/shared/rpc';

const col = (column: number, role: ColumnMapping['role'], header: string, confidence: number, reasons: string[] = []): ColumnMapping => ({
  column,
  role,
  header,
  confidence,
  reasons,
});

/** A small province table: label in A, Đ (việc) in B, X (việc) in C guessed, money Đ/X in D/E. */
export function fakeTable(unitLabels: string[]): TableView {
  return {
    sheet: 'Thống kê',
    range: null,
    titleRows: ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020'],
    headerStart: 3,
    headerEnd: 4,
    firstDataRow: 5,
    lastDataRow: 5 + unitLabels.length,
    labelColumn: 0,
    columns: [
      col(0, { kind: 'label' }, 'Đơn vị', 1, ['tiêu đề «Đơn vị»']),
      col(1, { kind: 'quantity', measure: 'viec', key: 'enforceable' }, 'Việc / Có điều kiện thi hành', 1, ['tiêu đề «Có điều kiện thi hành»']),
      col(2, { kind: 'quantity', measure: 'viec', key: 'completed' }, 'Việc / Thi hành xong', 0.6, ['«Thi hành xong» không có cột Đình chỉ bên cạnh: coi là X (đoán)']),
      col(3, { kind: 'quantity', measure: 'tien', key: 'enforceable' }, 'Tiền / Có điều kiện thi hành', 1),
      col(4, { kind: 'quantity', measure: 'tien', key: 'completed' }, 'Tiền / Giải quyết xong', 1),
      col(5, { kind: 'ignored' }, 'Ghi chú', 0.5),
    ],
    units: [
      ...unitLabels.map((label, i) => ({ label, row: 5 + i, kind: 'unit' as const, ranked: true })),
      { label: 'Toàn tỉnh', row: 5 + unitLabels.length, kind: 'total' as const, ranked: false },
    ],
    moneyUnit: 'nghin',
    moneyUnitSource: 'header',
    layout: 'aggregated',
    confidence: 0.6,
    warnings: [],
  };
}

export function fakeState(unitLabels: string[]): SidebarState {
  const table = fakeTable(unitLabels);
  return {
    ok: true,
    spreadsheetName: 'Báo cáo THADS tỉnh 2020',
    sheets: [
      { name: 'Thống kê', kind: 'data', hidden: false },
      { name: 'Cùng kỳ 2019', kind: 'data', hidden: false },
      { name: 'Báo cáo 12 tháng năm 2019', kind: 'report', hidden: false },
    ],
    activeSheet: 'Thống kê',
    detection: { ok: true, table },
    periodGuess: { year: 2020, month: 12, source: 'title', text: table.titleRows[0]! },
    regimeDefault: 'B',
    settings: null,
    targetsSheet: { name: 'Chỉ tiêu', exists: false },
    gradeSheet: { name: 'Xếp loại', exists: false },
    nationalTargets: [
      { year: 2019, viec: 0.73, tien: null },
      { year: 2020, viec: 0.8, tien: 0.38 },
    ],
    reports: [{ year: 2019, month: 12, sheetName: 'Báo cáo 12 tháng năm 2019' }],
    closes: { closes: [], problem: null },
    language: 'vi',
    sources: { tien: { candidates: [], proposed: null, message: null }, unitTabs: [], period: null, series: null, lastYear: null },
  };
}

export interface FakeServer {
  handler: (name: string, args: unknown[]) => Promise<unknown>;
  /** Every call received, in order. */
  calls: Array<{ name: string; arg: unknown }>;
  /** Makes sidebarMakeReport wait until release() is called. */
  hold(): { release(): void };
}

export function fakeServer(unitLabels: string[], overrides: Partial<Record<string, (arg: any) => unknown>> = {}): FakeServer {
  const calls: FakeServer['calls'] = [];
  let gate: Promise<void> | null = null;
  const answers: Record<string, (arg: any) => unknown> = {
    sidebarGetState: (): SidebarState => fakeState(unitLabels),
    sidebarDetect: (): DetectResponse => ({ ok: true, table: fakeTable(unitLabels), periodGuess: null, regimeDefault: 'B' }),
    sidebarSaveSettings: (arg: MakeReportRequest): SaveSettingsResponse => ({ ok: true, settings: arg }),
    sidebarCreateTargetsSheet: (): CreateTargetsSheetResponse => ({ ok: true, sheetName: 'Chỉ tiêu', created: true, unitsAdded: unitLabels.length, message: 'Đã tạo trang «Chỉ tiêu».' }),
    sidebarSetLanguage: (): SetLanguageResponse => ({ ok: true }),
    sidebarClosePeriod: (arg: { closedBy: string | null }) => {
      const close = { close: 1, year: 2020, month: 12, closedAt: '2020-10-05T01:00:00.000Z', closedBy: arg.closedBy, rows: unitLabels.length, fingerprint: 'f' };
      return { ok: true, close, sheetName: 'THADS Chốt số liệu', message: 'Đã chốt số liệu kỳ 12 tháng năm 2020.', closes: { closes: [close], problem: null } };
    },
    sidebarRemoveClose: () => ({ ok: true, message: 'Đã xóa lần chốt số 1.', closes: { closes: [], problem: null } }),
    sidebarCreateGradeSheet: (): CreateGradeSheetResponse => ({ ok: true, sheetName: 'Xếp loại', created: true, message: 'Đã tạo trang «Xếp loại».' }),
    sidebarCreateUnitMappingSheet: (): CreateUnitMappingSheetResponse => ({ ok: true, sheetName: 'Đối chiếu đơn vị', created: true, unmatched: 2, message: 'Đã tạo trang «Đối chiếu đơn vị».' }),
    sidebarMakeReport: (): MakeReportResponse => ({
      ok: true,
      sheetName: 'Báo cáo 12 tháng năm 2020',
      message: 'Đã ghi báo cáo vào trang «Báo cáo 12 tháng năm 2020».',
      summary: { units: unitLabels.length, ranked: unitLabels.length, missingTargets: [], withheld: 0, rateViec: 0.8346, rateTien: 0.4142, errors: 0, warnings: 1 },
      findings: [{ severity: 'warning', rule: 'typed-rate', row: 6, unit: unitLabels[0], message: `Dòng 7 (${unitLabels[0]}): tỷ lệ ghi sẵn khác số liệu.` }],
    }),
    ...overrides,
  };
  return {
    calls,
    hold() {
      let release = () => {};
      gate = new Promise<void>((r) => (release = r));
      return { release: () => release() };
    },
    async handler(name, args) {
      calls.push({ name, arg: args[0] });
      if (name === 'sidebarMakeReport' && gate) await gate;
      const answer = answers[name];
      if (!answer) throw new Error(`Script function not found: ${name}`);
      return answer(args[0]);
    },
  };
}

/**
 * A việc-only table whose tiền figures are on another sheet, two candidates of which the server picks
 * none ("Tiền", "Biểu 02"), and two unit tabs of the same form and period (issue 13).
 */
export function fakeStateWithOtherSheets(unitLabels: string[]): SidebarState {
  const state = fakeState(unitLabels);
  if (state.detection.ok) {
    const table = state.detection.table;
    table.columns = table.columns.filter((c) => c.role.kind !== 'quantity' || c.role.measure === 'viec');
  }
  state.sheets.push({ name: 'Tiền', kind: 'data', hidden: false }, { name: 'Biểu 02', kind: 'data', hidden: false }, { name: 'Bến Lức', kind: 'data', hidden: false });
  state.sources = {
    tien: { candidates: ['Tiền', 'Biểu 02'], proposed: null, message: 'Có 2 trang có thể là số liệu tiền của trang “Thống kê”: “Tiền”, “Biểu 02”. Hãy chọn một trang (không tự chọn).' },
    unitTabs: [
      { sheet: 'Thống kê', name: 'Thống kê' },
      { sheet: 'Bến Lức', name: 'Chi cục THADS huyện Bến Lức' },
    ],
    period: null,
    series: null,
    lastYear: null,
  };
  return state;
}

/**
 * A month tab ("T3-2024", no period in its title) of a series T10 … T3 whose T12 two tabs claim, with last
 * year's T3 found by period (issue 13); `lastYear: 'none'` when no tab of 6 tháng năm 2023 exists.
 */
export function fakeStateWithMonths(unitLabels: string[], { lastYear = 'found' }: { lastYear?: 'found' | 'none' } = {}): SidebarState {
  const state = fakeState(unitLabels);
  if (state.detection.ok) {
    state.detection.table.sheet = 'T3-2024';
    state.detection.table.titleRows = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ'];
  }
  state.activeSheet = 'T3-2024';
  state.periodGuess = null;
  const tabs = ['T10-2023', 'T11-2023', 'T12-2023', 'T12-2023 (sửa)', 'T1-2024', 'T2-2024', 'T3-2024', ...(lastYear === 'found' ? ['T3-2023'] : [])];
  state.sheets = tabs.map((name) => ({ name, kind: 'data' as const, hidden: false }));
  state.reports = [];
  state.sources = {
    tien: { candidates: [], proposed: null, message: null },
    unitTabs: [],
    period: { year: 2024, month: 6 },
    series: {
      year: 2024,
      months: [
        { month: 1, sheet: 'T10-2023' },
        { month: 2, sheet: 'T11-2023' },
        { month: 4, sheet: 'T1-2024' },
        { month: 5, sheet: 'T2-2024' },
        { month: 6, sheet: 'T3-2024' },
      ],
      disputed: [
        {
          month: 3,
          tabs: ['T12-2023', 'T12-2023 (sửa)'],
          message: 'Các trang “T12-2023” và “T12-2023 (sửa)” cùng là số liệu tháng 12/2023 (3 tháng): chưa dùng trang nào cho tháng này — hãy chọn một trang.',
        },
      ],
      missing: [],
      lastYear: lastYear === 'found' ? [{ month: 6, sheet: 'T3-2023' }] : [],
      messages: [],
    },
    lastYear:
      lastYear === 'found'
        ? { candidates: ['T3-2023'], proposed: 'T3-2023', message: null }
        : { candidates: [], proposed: null, message: 'Không có trang cùng kỳ năm trước (6 tháng năm 2023): báo cáo không so sánh với cùng kỳ.' },
  };
  return state;
}
