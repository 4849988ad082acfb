import { regimeForYear } from '../../core/period/regimeForYear';
import type { DetectRequest, DetectResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { detectOn } from './detectOn';

/** sidebarDetect: detect again on a chosen sheet or range, with the user's corrections. */
export function detect(port: SheetsPort, request: DetectRequest): DetectResponse {
  const { result, guess } = detectOn(port, request);
  if (!result.ok) return result;
  return { ok: true, table: result.table, periodGuess: guess, regimeDefault: guess ? regimeForYear(guess.year) : null };
}
