/**
 * The sidebar's words in Vietnamese (default: ngôn ngữ mặc định) and English. The report sheet and
 * its text stay Vietnamese whatever the sidebar shows: official reports are written in Vietnamese.
 *
 * @example
 * t('vi', 'makeReport') // "Tạo báo cáo"
 * t('en', 'makeReport') // "Make report"
 * count('en', 1, 'month')  // "1 month"
 * count('en', 16, 'unit')  // "16 units"
 * count('vi', 16, 'unit')  // "16 đơn vị"
 */
export type Lang = 'vi' | 'en';

const M = {
  appTitle: { vi: 'Báo cáo thi hành án dân sự', en: 'Civil judgment enforcement report' },
  switchLang: { vi: 'English', en: 'Tiếng Việt' },
  switchLangLabel: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  loading: { vi: 'Đang đọc bảng tính…', en: 'Reading the spreadsheet…' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  close: { vi: 'Đóng', en: 'Close' },

  secTable: { vi: '1. Bảng số liệu', en: '1. Data table' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  range: { vi: 'Vùng (không bắt buộc)', en: 'Range (optional)' },
  rangeHint: { vi: 'Ví dụ A5:P30; để trống để đọc cả trang', en: 'E.g. A5:P30; blank for the whole sheet' },
  detect: { vi: 'Nhận diện lại', en: 'Detect again' },
  detecting: { vi: 'Đang nhận diện…', en: 'Detecting…' },
  moneyUnit: { vi: 'Đơn vị tiền', en: 'Money unit' },
  moneyFromHeader: { vi: 'theo tiêu đề bảng', en: 'from the table header' },
  moneyFromSetting: { vi: 'theo cài đặt', en: 'from settings' },
  moneyDefault: { vi: 'mặc định của biểu mẫu', en: 'the forms\u2019 default' },
  rows: { vi: 'Dòng', en: 'Rows' },
  notRanked: { vi: 'không xếp hạng', en: 'not ranked' },
  notRankedHelp: {
    vi: 'Đánh dấu ô để không xếp hạng đơn vị đó (ví dụ văn phòng Cục); dòng tổng không bao giờ được xếp hạng.',
    en: 'Tick a unit to keep it out of the ranking (e.g. the provincial office); totals rows are never ranked.',
  },
  notRankedBySheet: { vi: 'Không xếp hạng theo bảng số liệu', en: 'Not ranked according to the table' },

  secColumns: { vi: '2. Các cột', en: '2. Columns' },
  columnsHelp: {
    vi: 'Kiểm tra cách hiểu từng cột; cột có nhãn «đoán» là phỏng đoán, hãy sửa nếu sai.',
    en: 'Check what each column holds; columns marked "guess" are guesses: correct them if wrong.',
  },
  guess: { vi: 'đoán', en: 'guess' },
  sure: { vi: 'chắc chắn', en: 'certain' },
  edited: { vi: 'đã sửa', en: 'edited' },
  column: { vi: 'Cột', en: 'Column' },
  why: { vi: 'Vì sao', en: 'Why' },
  noColumns: { vi: 'Chưa có bảng số liệu nên chưa có cột nào.', en: 'No data table, so no columns yet.' },
  sureColumns: { vi: 'Các cột đã nhận diện chắc chắn', en: 'Columns detected with certainty' },
  resetMapping: { vi: 'Bỏ các chỉnh sửa', en: 'Undo corrections' },

  secPeriod: { vi: '3. Kỳ báo cáo', en: '3. Period' },
  year: { vi: 'Năm thống kê', en: 'Statistical year' },
  month: { vi: 'Số tháng lũy kế', en: 'Cumulative months' },
  periodGuessed: { vi: 'Đọc được từ', en: 'Read from' },
  reportReplaced: {
    vi: 'Đã có báo cáo kỳ này (trang «%s»): tạo báo cáo sẽ thay trang đó; nếu bạn đã sửa trang, tiện ích giữ lại và ghi báo cáo mới bên cạnh.',
    en: 'A report of this period exists (sheet «%s»): making the report replaces it; if you edited that sheet, it is kept and the new report goes beside it.',
  },
  regime: { vi: 'Chế độ thống kê', en: 'Classification regime' },
  regimeA: { vi: 'A – đến năm 2019 (hoãn nằm trong Đ)', en: 'A – up to 2019 (postponed inside Đ)' },
  regimeB: { vi: 'B – từ năm 2020 (P = Đ + K + H)', en: 'B – from 2020 (P = Đ + K + H)' },
  regimeDefault: { vi: 'Mặc định theo năm; có thể đổi.', en: 'Defaulted from the year; you may change it.' },

  secTargets: { vi: '4. Chỉ tiêu', en: '4. Targets' },
  targetsNone: { vi: 'Không có chỉ tiêu (chỉ tính tỷ lệ, xếp hạng)', en: 'No targets (rates and ranks only)' },
  targetsNational: { vi: 'Chỉ tiêu toàn ngành năm', en: 'National targets of' },
  byDefault: { vi: 'mặc định', en: 'default' },
  noNationalShort: { vi: 'chưa có trong tài liệu', en: 'not known' },
  targetViecShort: { vi: 'việc', en: 'cases' },
  targetTienShort: { vi: 'tiền', en: 'money' },
  targetsUniform: { vi: 'Một mức cho mọi đơn vị', en: 'One value for all units' },
  targetsSheet: { vi: 'Dùng trang «Chỉ tiêu» (từng đơn vị)', en: 'Use the "Chỉ tiêu" sheet (per unit)' },
  targetViec: { vi: 'Chỉ tiêu việc (%)', en: 'Case target (%)' },
  targetTien: { vi: 'Chỉ tiêu tiền (%)', en: 'Money target (%)' },
  targetBacklog: { vi: 'Giảm án tồn (%, không bắt buộc)', en: 'Backlog reduction (%, optional)' },
  targetHint: {
    vi: 'Nhập theo phần trăm: 80, 80% hoặc 80,5 (dấu phẩy thập phân).',
    en: 'In percent: 80, 80% or 80,5 (decimal comma, as in Vietnamese).',
  },
  sheetExists: { vi: 'Đã có trang', en: 'Sheet exists:' },
  sheetMissing: { vi: 'Chưa có trang «Chỉ tiêu».', en: 'There is no "Chỉ tiêu" sheet yet.' },
  createSheet: { vi: 'Tạo trang «Chỉ tiêu»', en: 'Create the "Chỉ tiêu" sheet' },
  addMissingUnits: { vi: 'Thêm đơn vị còn thiếu', en: 'Add missing units' },
  creating: { vi: 'Đang tạo…', en: 'Creating…' },
  gradesExists: {
    vi: 'Xếp loại thi đua theo trang «%s»; điểm ở cột «Điểm thi đua» của trang Chỉ tiêu.',
    en: 'Competition grades follow the "%s" sheet; points go in the "Điểm thi đua" column of the Chỉ tiêu sheet.',
  },
  gradesMissing: {
    vi: 'Xếp loại thi đua (không bắt buộc): tạo trang «Xếp loại» có sẵn bảng năm 2015 để điền ngưỡng.',
    en: 'Competition grades (optional): create the "Xếp loại" sheet, pre-filled with the 2015 table, to fill in.',
  },
  createGrades: { vi: 'Tạo trang «Xếp loại»', en: 'Create the "Xếp loại" sheet' },

  secCompare: { vi: '5. So sánh cùng kỳ', en: '5. Year over year' },
  compareSheet: { vi: 'Trang số liệu cùng kỳ năm trước', en: 'Sheet with last year\u2019s figures' },
  compareNone: { vi: '— Không so sánh —', en: '— No comparison —' },
  unitMappingOffer: {
    vi: 'Có đơn vị năm nay và năm trước không ghép được theo tên (đổi tên, gộp đơn vị): ghi vào trang «Đối chiếu đơn vị» đơn vị nào năm trước là đơn vị nào năm nay, rồi tạo lại báo cáo.',
    en: 'Some units of this year and last year do not match by name (renamed or merged): write in the "Đối chiếu đơn vị" sheet which unit of last year each is, then make the report again.',
  },
  createUnitMapping: { vi: 'Tạo trang «Đối chiếu đơn vị»', en: 'Create the "Đối chiếu đơn vị" sheet' },

  secRank: { vi: '6. Xếp hạng', en: '6. Ranking' },
  rankBy: { vi: 'Xếp hạng theo', en: 'Rank by' },
  rankViec: { vi: 'Tỷ lệ việc (hòa thì xét tiền)', en: 'Case rate (ties by money rate)' },
  rankTien: { vi: 'Tỷ lệ tiền', en: 'Money rate' },
  rankWeighted: { vi: 'Bình quân có trọng số', en: 'Weighted' },
  rankScore: { vi: 'Cột điểm thi đua', en: 'Score column' },
  weightViec: { vi: 'Trọng số việc', en: 'Case weight' },
  weightTien: { vi: 'Trọng số tiền', en: 'Money weight' },

  secOptions: { vi: 'Tùy chọn khác', en: 'More options' },
  moneyUnitHint: {
    vi: 'Chỉ cần khi bảng không ghi «Đơn vị tính»; số tiền trong báo cáo luôn tính bằng đồng.',
    en: 'Only needed when the table does not state its unit; report amounts are always in đồng.',
  },
  targetMode: { vi: 'So sánh tỷ lệ lũy kế với', en: 'Compare the cumulative rate with' },
  targetModeFullYear: { vi: 'Chỉ tiêu cả năm (như các báo cáo đã công bố)', en: 'The full-year target (as published reports do)' },
  targetModeProRata: { vi: 'Tiến độ theo tháng (chỉ tiêu × số tháng / 12)', en: 'Pro-rata progress (target × months / 12)' },
  shareBase: { vi: 'Tỷ trọng Đ, K, H tính trên', en: 'Shares of Đ, K, H are taken of' },
  shareBaseP: { vi: 'Tổng số phải thi hành (P)', en: 'Must enforce (P)' },
  shareBaseT: { vi: 'Tổng số thụ lý (T)', en: 'Total accepted (T)' },
  makeReport: { vi: 'Tạo báo cáo', en: 'Make report' },
  making: { vi: 'Đang tạo báo cáo…', en: 'Making the report…' },
  steps: {
    vi: 'Đọc bảng, tính chỉ tiêu, ghi trang báo cáo. Có thể mất vài chục giây.',
    en: 'Reading the table, computing, writing the report sheet. This may take a few seconds.',
  },
  fixFirst: { vi: 'Cần sửa trước khi tạo báo cáo:', en: 'Fix these before making the report:' },
  done: { vi: 'Đã tạo báo cáo', en: 'Report made' },
  summaryUnits: { vi: 'Số đơn vị', en: 'Units' },
  summaryRanked: { vi: 'Được xếp hạng', en: 'Ranked' },
  summaryRateViec: { vi: 'Tỷ lệ việc toàn bảng', en: 'Overall case rate' },
  summaryRateTien: { vi: 'Tỷ lệ tiền toàn bảng', en: 'Overall money rate' },
  changeUp: { vi: 'tăng %s so với cùng kỳ', en: 'up %s on last year' },
  changeDown: { vi: 'giảm %s so với cùng kỳ', en: 'down %s on last year' },
  changeSame: { vi: 'bằng cùng kỳ', en: 'same as last year' },
  missingTargets: { vi: 'Chưa có chỉ tiêu', en: 'No targets for' },
  doneWithheld: { vi: 'Đã tạo báo cáo, có số liệu sai', en: 'Report made, with bad data' },
  withheld: {
    vi: 'đơn vị không được tính tỷ lệ, chỉ tiêu, xếp hạng vì số liệu sai; dòng tổng chưa phải số liệu toàn bảng. Xem “Kiểm tra số liệu”.',
    en: 'unit(s) not computed (rates, targets, ranks) because of bad data; the totals row is not the whole table’s. See “Data checks”.',
  },
  findings: { vi: 'Kiểm tra số liệu', en: 'Data checks' },
  noFindings: { vi: 'Số liệu khớp, không phát hiện sai lệch.', en: 'The figures are consistent.' },
  severityError: { vi: 'Lỗi', en: 'Error' },
  severityWarning: { vi: 'Lưu ý', en: 'Warning' },
  severityInfo: { vi: 'Thông tin', en: 'Note' },
  helpTitle: { vi: 'Trợ giúp và giới thiệu', en: 'Help and about' },
  version: { vi: 'phiên bản', en: 'version' },
  helpDataTitle: { vi: 'Số liệu của bạn đi đâu', en: 'Where your data goes' },
  helpData: {
    vi: 'Không đi đâu cả. Tiện ích chỉ đọc và ghi trong bảng tính đang mở (quyền «chỉ bảng tính này»), không gửi số liệu ra ngoài, không dùng máy chủ nào khác. Thiết lập báo cáo lưu trong bảng tính; ngôn ngữ bạn chọn lưu trong tài khoản của bạn.',
    en: 'Nowhere. The add-on reads and writes only the open spreadsheet ("this spreadsheet only" permission), sends no data anywhere and uses no other server. Report settings are kept in the spreadsheet; the language you choose is kept in your account.',
  },
  helpFunctionsTitle: { vi: 'Các hàm trong ô', en: 'Functions in cells' },
  helpEnable: {
    vi: 'Các hàm THADS_… chỉ dùng được trong bảng tính đã bật tiện ích: Tiện ích → Quản lý tiện ích → THADS → Dùng trong tài liệu này. Mở bảng điều khiển từ menu tiện ích cũng bật nó cho tài liệu.',
    en: 'The THADS_… functions work only in a spreadsheet where the add-on is enabled: Extensions → Add-ons → Manage add-ons → THADS → Use in this document. Opening the sidebar from the add-on menu enables it too.',
  },
  secSources: { vi: 'Số liệu từ nhiều trang', en: 'Data from other sheets' },
  tienSheet: { vi: 'Trang số liệu tiền', en: 'Sheet with the money (tiền) figures' },
  tienNone: { vi: 'Không dùng', en: 'None' },
  tienSheetHint: {
    vi: 'Bảng này chỉ có số liệu về việc: số liệu tiền của cùng các đơn vị ở trang được chọn, ghép theo tên đơn vị.',
    en: 'This table holds case (việc) figures only: the money figures of the same units come from the chosen sheet, joined by unit name.',
  },
  consolidate: { vi: 'Tổng hợp nhiều trang', en: 'Consolidate several sheets' },
  consolidateTabs: { vi: 'Các trang cùng biểu mẫu, cùng kỳ (mỗi trang là một đơn vị)', en: 'Sheets of the same form and period (one unit per sheet)' },
  seriesOn: { vi: 'Thêm phần “Diễn biến” theo tháng vào báo cáo', en: 'Add the month-by-month “Diễn biến” section to the report' },
  seriesPick: { vi: 'Trang dùng cho %s', en: 'Sheet to use for %s' },
  seriesPickNone: { vi: '— Chưa chọn (bỏ tháng này) —', en: '— Not chosen (month left out) —' },
  lastYearSheet: { vi: 'Trang cùng kỳ năm trước (tìm theo kỳ)', en: 'Same period last year (found by period)' },
  consolidateOfficers: {
    vi: 'Thêm bảng xếp hạng mọi chấp hành viên toàn tỉnh (các trang có dòng từng chấp hành viên)',
    en: 'Add a table ranking every officer across the province (tabs with a row per officer)',
  },
  consolidateNone: { vi: 'Chưa chọn trang nào: báo cáo chỉ đọc trang đang chọn.', en: 'No sheet ticked: the report reads the chosen sheet only.' },
  settingsNotSaved: { vi: 'Chưa lưu được cài đặt', en: 'Settings were not saved' },
} as const;

export type MessageKey = keyof typeof M;

/** Nouns the sidebar counts: Vietnamese has one form, English a singular and a plural. */
const NOUNS = {
  unit: { vi: 'đơn vị', en: ['unit', 'units'] },
  totalsRow: { vi: 'dòng tổng', en: ['totals row', 'totals rows'] },
  month: { vi: 'tháng', en: ['month', 'months'] },
  readNote: { vi: 'lưu ý khi đọc bảng', en: ['note from reading the table', 'notes from reading the table'] },
} as const;

export type Noun = keyof typeof NOUNS;

/** "16 units", "1 month", "16 đơn vị": a number with its noun, pluralised in English. */
export function count(lang: Lang, n: number, noun: Noun): string {
  const forms = NOUNS[noun];
  return `${n} ${lang === 'vi' ? forms.vi : forms.en[n === 1 ? 0 : 1]}`;
}

/** The sidebar's text for a key, in the chosen language. */
export function t(lang: Lang, key: MessageKey): string {
  return M[key][lang];
}
