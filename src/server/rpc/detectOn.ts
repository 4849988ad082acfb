import { detectTable } from '../../core/read/detectTable';
import type { DetectedTable } from '../../core/table/types';
import type { DetectRequest, PeriodGuess, TableResult } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readSource } from '../report/sourceGrid';
import { guessPeriod } from './guessPeriod';
import { tableView } from './tableView';

/**
 * Detection on a sheet or an A1 range of it (nhận diện bảng), with the user's mapping when given, and
 * the period read from the table's titles or the sheet's name. A case register is aggregated over the
 * request's period when it gives one.
 */
export function detectOn(port: SheetsPort, request: DetectRequest): { result: TableResult; guess: PeriodGuess | null; table?: DetectedTable } {
  const source = readSource(port, request.source.sheet, request.source.range);
  const found = detectTable(source.grid, {
    merges: source.merges,
    rowOffset: source.rowOffset,
    columnOffset: source.columnOffset,
    mapping: request.source.mapping ?? undefined,
    moneyUnit: request.moneyUnit ?? undefined,
    notRanked: request.notRanked,
    ...(request.period ? { period: request.period } : {}),
  });
  if (!found.ok) return { result: { ok: false, message: `Trang “${source.sheet}”: ${found.message}` }, guess: guessPeriod([], source.sheet) };
  return {
    result: { ok: true, table: tableView(found.table, source.sheet, request.source.range) },
    guess: guessPeriod(found.table.titleRows, source.sheet),
    table: found.table,
  };
}
