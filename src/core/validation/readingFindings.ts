import type { DetectedTable } from '../table/types';
import type { Finding } from '../types';

/**
 * Cách đọc bảng, as findings of the report: what the reader guessed or could not place (a column read
 * through an abbreviation, a column with figures it did not recognise, X taken without X2, the regime
 * it inferred…). The sidebar shows these before the report is made, but a report is read without the
 * sidebar: a figure that rests on a guess must carry the guess beside it. They are "info": statements of
 * how the table was read, not problems of the data (the card counts errors and warnings of the data).
 * Warnings already said elsewhere in the report (the money unit's, in its notes) are left out.
 *
 * @example readingFindings(table, moneyWarnings) // [{ severity: 'info', rule: 'reading', message: 'Cột F ("ĐC") được đoán là …' }]
 */
export function readingFindings(table: Pick<DetectedTable, 'warnings'>, saidElsewhere: readonly string[] = []): Finding[] {
  const said = new Set(saidElsewhere);
  return table.warnings.filter((w) => !said.has(w)).map((message) => ({ severity: 'info', rule: 'reading', message }));
}
