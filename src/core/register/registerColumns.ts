import { cellText } from '../table/cellText';
import { headerConcept } from '../table/headerConcept';
import { foldVietnamese } from '../text/normalize';
import type { CellValue } from '../types';
import type { RegisterColumn, RegisterField } from '../table/types';

/** "Số QĐ", "Số quyết định": the decision number, kept out of every count. */
const DECISION = /^(số |so )?(qđ|quyết định|qd|quyet dinh)(\s|$)/i;

/**
 * Các cột của sổ thụ lý: reads a register's header row. Headers are matched as table headers are
 * (case, spacing, accents, abbreviations): "Ngày thụ lý", "Đơn vị", "Chấp hành viên", "Trạng thái",
 * "Số tiền phải thi hành", "Số tiền đã thu" (or "đã thi hành"), "Ngày kết thúc". The first column of each
 * field counts. A header of two rows is given as one text per column (see registerHeader).
 *
 * @example registerColumns(['STT', 'Đơn vị', 'Trạng thái'])
 * // [{ column: 0, field: 'index', … }, { column: 1, field: 'unit', … }, { column: 2, field: 'status', … }]
 */
export function registerColumns(header: readonly CellValue[]): RegisterColumn[] {
  const out: RegisterColumn[] = [];
  const taken = new Set<RegisterField>();
  header.forEach((v, column) => {
    const text = cellText(v);
    if (!text) return;
    const field = fieldOf(text);
    if (!field || taken.has(field)) return;
    taken.add(field);
    out.push({ column, field, header: text });
  });
  // "Kết quả" is each case's status only in a register, which numbers its cases ("Số QĐ"): an aggregated
  // table's "Kết quả thi hành" heads the columns of results, so it never counts without the decision column.
  if (!taken.has('status') && taken.has('decision')) {
    const column = header.findIndex((v) => RESULT.test(foldVietnamese(cellText(v))));
    if (column >= 0) {
      out.push({ column, field: 'status', header: cellText(header[column]) });
      out.sort((a, b) => a.column - b.column);
    }
  }
  return out;
}

/** "Kết quả", "Kết quả thi hành (án)", "Kết quả giải quyết": a register's status column, worded as the result. */
export const RESULT = /^ket qua( (thi hanh|giai quyet)( an)?)?$/;

/**
 * "Số tiền đã thi hành (đồng)": in a register, what was collected on the case (a closed case's whole
 * amount, an open one's part); the table vocabulary reads it only as money in general.
 */
const COLLECTED = /\btien\b.*\bda (thi hanh|thu)\b|\bda (thi hanh|thu)\b.*\btien\b/;

/**
 * "Người phải thi hành", "Người được thi hành", "Họ tên người phải thi hành": a party's name, not money
 * (the quantity word "phải thi hành" would otherwise take it for the amount due and hide the real
 * "Số tiền phải thi hành" column).
 */
const PARTY = /\bnguoi (phai|duoc) thi hanh\b/;

/** "Chấp hành viên thụ lý", "CHV được phân công": the officer, whatever follows. */
const OFFICER = /^(chap hanh vien|chv)\b/;

/**
 * "Ngày QĐ", "Ngày ra quyết định", "Ngày ra QĐ THA": beside a register's "Số QĐ THA", the date of the
 * enforcement decision, i.e. the case's accepted date and part of its identity.
 */
const DECIDED = /^ngay (ra )?(qd|quyet dinh)\b/;

function fieldOf(text: string): RegisterField | null {
  if (DECISION.test(text.replace(/^\s+/, ''))) return 'decision';
  const folded = foldVietnamese(text);
  if (COLLECTED.test(folded)) return 'amountCollected';
  if (PARTY.test(folded) && !/\btien\b/.test(folded)) return null;
  if (OFFICER.test(folded)) return 'officer';
  if (DECIDED.test(folded)) return 'acceptedOn';
  const c = headerConcept(text);
  if (!c) return null;
  switch (c.concept) {
    case 'rowNumber':
      return 'index';
    case 'acceptedDate':
      return 'acceptedOn';
    case 'completedDate':
      return 'closedOn';
    case 'label':
      return 'unit';
    case 'officers':
      return 'officer';
    case 'status':
      return 'status';
    case 'amountCollected':
      return 'amountCollected';
    case 'amountDue':
    case 'mustEnforce':
      return 'amountDue';
    default:
      return null;
  }
}
