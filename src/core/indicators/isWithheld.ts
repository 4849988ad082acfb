import type { Measure, UnitRecord } from '../types';

/**
 * Số liệu bị giữ lại: whether a row's figures of a measure are withheld — it has a cell of that
 * measure that cannot be used (readUnits' `problems`). The engine, the totals and the checks ask
 * this one question.
 *
 * @example isWithheld({ …, problems: [{ measure: 'tien', … }] }, 'viec') // false
 */
export function isWithheld(record: Pick<UnitRecord, 'problems'>, measure: Measure): boolean {
  const problems = record.problems;
  if (!problems) return false;
  for (const p of problems) if (p.measure === measure) return true;
  return false;
}
