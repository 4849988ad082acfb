/**
 * What a header may speak of besides a quantity (the quantities' own words are in ./quantities):
 * the other column roles, the fields of a case register, and the words that only take their meaning
 * from a parent header.
 */
export type HeaderWord =
  /** "Không xếp hạng": a flag, the unit is not ranked. */
  | 'notRanked'
  /** "Tỷ lệ": a rate typed in the sheet. */
  | 'rate'
  /** "Điểm thi đua": the competition points. */
  | 'score'
  /** "Số chấp hành viên" (CHV). */
  | 'officers'
  /** "Đơn vị", "Họ và tên": the unit-name column. */
  | 'label'
  /** "STT". */
  | 'rowNumber'
  /** A register's "Trạng thái" of each case. */
  | 'status'
  /** A register's "Ngày thụ lý". */
  | 'acceptedDate'
  /** A register's "Ngày kết thúc". */
  | 'completedDate'
  /** A register's "Số tiền phải thu". */
  | 'amountDue'
  /** A register's "Số tiền đã thu". */
  | 'amountCollected'
  /** "Chưa xong": not a quantity computed from (S comes from P − X). */
  | 'unfinished'
  /** "Bình quân": an average, never summed. */
  | 'average'
  /** "Tổng số", "Cộng", "Trong đó", "Việc", "Tiền": the meaning comes from the parent header. */
  | 'generic';

/** The header words of each, as typed in the forms; within one, the first that occurs is the one reported. */
export const HEADER_WORDS: Readonly<Record<HeaderWord, readonly string[]>> = {
  notRanked: ['không xếp hạng', 'không tính xếp hạng', 'ngoài xếp hạng'],
  rate: ['tỷ lệ', 'tỉ lệ'],
  score: ['điểm', 'tổng điểm', 'điểm thi đua'],
  status: ['trạng thái', 'tình trạng'],
  acceptedDate: ['ngày thụ lý', 'ngày ra quyết định thi hành', 'ngày quyết định thi hành', 'ngày nhận'],
  completedDate: ['ngày xong', 'ngày kết thúc', 'ngày thi hành xong', 'ngày giải quyết xong', 'ngày đình chỉ'],
  amountCollected: ['số tiền đã thu', 'đã thu', 'thu được'],
  amountDue: ['phải thu'],
  average: ['bình quân', 'trung bình', 'mỗi chấp hành viên'],
  unfinished: ['chưa xong', 'chưa giải quyết', 'chưa thi hành xong', 'chưa giải quyết xong'],
  officers: ['chấp hành viên', 'số chấp hành viên'],
  label: ['đơn vị', 'tên đơn vị', 'họ và tên', 'họ tên', 'cơ quan', 'chi cục', 'phòng', 'người thực hiện'],
  rowNumber: ['stt', 'số thứ tự', 'tt'],
  generic: ['tổng số', 'tổng cộng', 'tổng', 'cộng', 'trong đó', 'việc', 'tiền', 'số việc', 'số tiền', 'đồng', 'số lượng', 'về việc', 'về tiền'],
};

/**
 * True for a header word, false for a quantity key.
 *
 * @example isHeaderWord('rate') // true
 * @example isHeaderWord('enforceable') // false
 */
export function isHeaderWord(concept: string): concept is HeaderWord {
  return Object.prototype.hasOwnProperty.call(HEADER_WORDS, concept);
}
