import type { ColumnRole, Measure } from '../types';
import { isHeaderWord } from '../vocabulary/headerWords';
import { MEASURES } from '../vocabulary/measures';
import { AMBIGUOUS_UNACCENTED, headerConcept, headerMeasure, type ConceptMatch, type HeaderConcept } from './headerConcept';

/** A column's meaning read from its header path, before the table-level checks. */
export interface ColumnReading {
  role: ColumnRole;
  confidence: number;
  reasons: string[];
  /** The concept that decided (registers read status, dates and amounts from it). */
  concept: HeaderConcept | null;
  /** True when the measure was named in the header (not taken from the block or the default). */
  measureNamed: boolean;
  /** The header names nothing the reader knows (không nhận ra): shown as such when the column holds figures. */
  unplaced?: boolean;
  /** A "Hoãn" column under the "Có điều kiện" parent: part of Đ (regime B keeps it there, domain §3). */
  underEnforceable?: boolean;
  /** The header says the figure is net of something ("Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng)"). */
  net?: boolean;
}

/**
 * Đọc nghĩa một cột: the role of a column from its header path (parents first, own header last).
 * The deepest header that says something decides; a generic one ("Tổng số", "Cộng", "Trong đó")
 * takes its meaning from its parent; "Có điều kiện" under "Chuyển kỳ sau" is S_Đ. The measure is
 * the one named nearest the column ("Về tiền", "Số tiền (nghìn đồng)"), else the block's, else việc.
 *
 * @example classifyColumn(['Có điều kiện thi hành', 'Tổng số'], null).role
 * // { kind: 'quantity', measure: 'viec', key: 'enforceable' }
 */
export function classifyColumn(path: readonly string[], blockMeasure: Measure | null): ColumnReading {
  const header = path.join(' / ');
  if (path.length === 0) return unplaced(['cột không có tiêu đề']);
  const matches: (ConceptMatch | null)[] = path.map((t) => headerConcept(t));
  if (path.some((t) => t.indexOf('%') >= 0) && !matches.some((m) => m?.concept === 'rate')) {
    matches[path.length - 1] = { concept: 'rate', phrase: '%', unaccented: false, abbreviated: false };
  }
  let at = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    const m = matches[i];
    if (m && m.concept !== 'generic') {
      at = i;
      break;
    }
  }
  // A rate or a "not ranked" flag anywhere in the path decides for the whole column.
  const rateAt = matches.findIndex((m) => m?.concept === 'rate');
  if (rateAt >= 0) at = rateAt;
  const own = path[path.length - 1] as string;
  if (at < 0) {
    const deepest = matches[path.length - 1];
    return unplaced([deepest ? `tiêu đề "${own}" chung chung, không rõ chỉ tiêu nào` : `không nhận ra tiêu đề "${header}"`]);
  }
  const match = matches[at] as ConceptMatch;
  const deepestKnown = at === path.length - 1 || matches.slice(at + 1).every((m) => m?.concept === 'generic');
  if (!deepestKnown) {
    return { ...unplaced([`không nhận ra tiêu đề "${own}" (dưới "${path.slice(0, path.length - 1).join(' / ')}")`]), concept: match.concept };
  }
  const reasons: string[] = [];
  let confidence = 1;
  const decided = path[at] as string;
  if (at === path.length - 1) reasons.push(`tiêu đề "${decided}"`);
  else reasons.push(`"${own}" lấy nghĩa từ tiêu đề cha "${decided}"`);
  const parents = path.slice(0, at);
  if (at === path.length - 1 && parents.length > 0) reasons[0] += ` dưới "${parents.join(' / ')}"`;
  if (match.unaccented) {
    const other = AMBIGUOUS_UNACCENTED[match.phrase];
    confidence = Math.min(confidence, other ? 0.6 : 0.9);
    reasons.push(other ? `viết không dấu: "${match.phrase}" có thể là ${other} — đoán` : `viết không dấu, khớp "${match.phrase}"`);
  }
  // Every header from the deciding one down may rest on an abbreviation ("ĐC", "TH xong", "CĐK / TS").
  for (let i = at; i < path.length; i++) {
    for (const a of matches[i]?.guessedFrom ?? []) {
      confidence = Math.min(confidence, a.confidence);
      reasons.push(`viết tắt "${a.short.toUpperCase()}" hiểu là "${a.long}" — đoán`);
    }
  }

  let measure: Measure | null = null;
  let measureNamed = false;
  for (let i = path.length - 1; i >= 0 && !measure; i--) {
    const m = headerMeasure(path[i] as string);
    if (m) {
      measure = m;
      measureNamed = true;
      reasons.push(`về ${MEASURES[m].vi} (từ "${path[i]}")`);
    }
  }
  if (!measure) {
    measure = blockMeasure ?? 'viec';
    reasons.push(blockMeasure ? `về ${MEASURES[measure].vi} (theo tiêu đề của khối bảng)` : 'về việc (tiêu đề không nói việc hay tiền)');
  }

  const concept = match.concept;
  const underNextPeriod = parents.some((_, i) => matches[i]?.concept === 'nextPeriod');
  switch (concept) {
    case 'rate':
      return { role: { kind: 'typedRate', measure }, confidence, reasons, concept, measureNamed };
    case 'notRanked':
      return { role: { kind: 'notRanked' }, confidence, reasons: reasons.slice(0, 1), concept, measureNamed };
    case 'score':
      return { role: { kind: 'score' }, confidence, reasons: reasons.slice(0, 1), concept, measureNamed };
    case 'officers':
      return { role: { kind: 'officers' }, confidence, reasons: reasons.slice(0, 1), concept, measureNamed };
    case 'label':
      return { role: { kind: 'label' }, confidence, reasons: reasons.slice(0, 1), concept, measureNamed };
    case 'rowNumber':
      return ignored(concept, ['cột số thứ tự']);
    case 'average':
      return ignored(concept, [`"${decided}" là số bình quân, không dùng để tính`]);
    case 'unfinished':
      return ignored(concept, [`"${decided}" (chưa xong) không phải chỉ tiêu dùng để tính; số chuyển kỳ sau tính từ P − X`]);
    case 'status':
    case 'acceptedDate':
    case 'completedDate':
    case 'amountDue':
    case 'amountCollected':
      return ignored(concept, [`tiêu đề "${decided}" chỉ dùng cho sổ thụ lý`]);
    default:
      break;
  }
  if (underNextPeriod && concept === 'enforceable') {
    reasons.push('"có điều kiện" dưới "chuyển kỳ sau": S_Đ');
    return { role: { kind: 'quantity', measure, key: 'enforceableBacklog' }, confidence, reasons, concept, measureNamed };
  }
  if (underNextPeriod && concept !== 'nextPeriod') {
    return ignored(concept, [`"${own}" thuộc phần chuyển kỳ sau, không dùng để tính`]);
  }
  if (isHeaderWord(concept)) return { ...unplaced([`không nhận ra tiêu đề "${own}"`]), concept };
  const reading: ColumnReading = { role: { kind: 'quantity', measure, key: concept }, confidence, reasons, concept, measureNamed };
  if (concept === 'postponed' && parents.some((_, i) => matches[i]?.concept === 'enforceable')) reading.underEnforceable = true;
  if (match.net) reading.net = true;
  return reading;
}

/** A column the reader cannot place: ignored, and flagged when it holds figures (mapColumns). */
function unplaced(reasons: string[]): ColumnReading {
  return { ...ignored(null, reasons), unplaced: true };
}

function ignored(concept: HeaderConcept | null, reasons: string[]): ColumnReading {
  return { role: { kind: 'ignored' }, confidence: 1, reasons, concept, measureNamed: false };
}
