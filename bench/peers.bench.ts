/**
 * Issue 10: per-officer rates and ranks from one case register, side by side in one run —
 * - a plain single pass (the floor: one loop over the rows counting per officer and per status in a
 *   Map, no classification, no dates, no output table);
 * - ours: THADS_SUMMARY through the built files (the register read, every status classified,
 *   dates placed in the period, per-officer indicators, ranks and the result table);
 * - LibreOffice Calc headless: the same register as an .xlsx with COUNTIFS and RANK per officer and
 *   no cached values, recalculation time = conversion with the formulas − without.
 * Budgets: ours within 3× of the plain pass at 20,000 and 100,000 cases; ours at most 1/50 of
 * LibreOffice's recalculation. The three results are compared officer by officer.
 */
import { join } from 'node:path';
import { declaredMatching, firstDeclared } from './lib/build';
import { byLabel, describeTable } from './lib/grid';
import { customFunctionHost } from './lib/host';
import { convertToCsv, findSoffice, libreOfficeDir, readCalcOfficers, sofficeVersion, writeRegisterBook } from './lib/libreoffice';
import { makeRegister, officerName, REGISTER_OPTIONS, STATUSES } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { ms, timedRow, unavailable } from './lib/result';
import type { Timing } from './lib/stats';
import { measure, summarize } from './lib/stats';

const SIZES = [20_000, 100_000] as const;
/** 20 units × 10 officers: 200 officers, as in the issue's measurement. */
const UNITS = 20;
const OFFICERS_PER_UNIT = 10;
const RATIO_BUDGET = 3;
const PEER_FACTOR = 50;
const CONVERSIONS = 3;

/** Status → its slot in the plain pass's counts (the order of STATUSES). */
const STATUS_SLOT = new Map<unknown, number>(STATUSES.map(([s], i) => [s, i]));

/**
 * The floor: one pass over rows [officer, status, …] counting per officer and per status.
 * No text is classified (the statuses are looked up as the generator spells them), no date read.
 */
function plainPass(rows: readonly (readonly unknown[])[]): Map<unknown, Int32Array> {
  const counts = new Map<unknown, Int32Array>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    let c = counts.get(row[0]);
    if (!c) {
      c = new Int32Array(STATUSES.length + 1);
      counts.set(row[0], c);
    }
    const s = STATUS_SLOT.get(row[1]);
    c[s === undefined ? STATUSES.length : s]!++;
  }
  return counts;
}

/** Regime B rate from the plain pass's counts: X = xong + đình chỉ, Đ = X + đang thi hành + khác. */
function plainRate(c: Int32Array): number {
  const at = (s: string) => c[STATUS_SLOT.get(s)!]!;
  const x = at('Thi hành xong') + at('Đình chỉ');
  return x / (x + at('Đang thi hành') + at('Trường hợp khác'));
}

function officers(): string[] {
  const out: string[] = [];
  for (let u = 0; u < UNITS; u++) for (let k = 0; k < OFFICERS_PER_UNIT; k++) out.push(officerName(u, k));
  return out;
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const { host, note } = await customFunctionHost();
  notes.push(note);
  const fn = firstDeclared(['THADS_SUMMARY']);
  const names = officers();
  let ours100k: { timing: Timing; rate: Map<string, unknown>; rank: Map<string, unknown> } | undefined;
  let register100k: unknown[][] | undefined;

  for (const cases of SIZES) {
    const register = makeRegister({ cases, units: UNITS, officersPerUnit: OFFICERS_PER_UNIT });
    // Officer, status, and the two dates that place a case in the period (as the officers bench).
    const four = register.map((r) => [r[3], r[5], r[4], r[6]]);
    const input = host.toRealm(four);
    const label = `${cases.toLocaleString('en')} cases, ${names.length} officers`;
    const plain = measure(() => plainPass(input), { warmup: 10, runs: 30 });
    const counts = plainPass(input);
    rows.push(timedRow(`plain single pass (Map per officer × status), ${label}`, plain));
    if (!fn) {
      rows.push(unavailable(`ours: THADS_SUMMARY, ${label}`, `build declares no THADS_SUMMARY (declared: ${declaredMatching(/^THADS_/).join(', ') || 'none'})`));
      continue;
    }
    const options = host.toRealm(REGISTER_OPTIONS);
    let first: unknown;
    try {
      first = host.call(fn, input, undefined, undefined, options);
    } catch (e) {
      rows.push(unavailable(`ours: THADS_SUMMARY, ${label}`, `the call failed: ${(e instanceof Error ? e.message : String(e)).slice(0, 300)}`));
      continue;
    }
    const rate = byLabel(first, 'Tỷ lệ việc');
    const rank = byLabel(first, 'Xếp hạng');
    let mismatch = 0;
    for (const name of names) {
      const c = counts.get(name);
      const r = rate?.get(name);
      if (!c || typeof r !== 'number' || Math.abs(r - plainRate(c)) > 1e-12) mismatch++;
    }
    const agreement = !rate || !rank ? `result has no "Tỷ lệ việc"/"Xếp hạng" (${describeTable(first)})` : mismatch ? `DISAGREES with the plain pass on ${mismatch}/${names.length} officers` : `same rates as the plain pass for all ${names.length} officers`;
    // Ten warm-up calls: at 20,000 cases a call is a few ms, and the first ones run before V8 has optimized it.
    const t = measure(() => host.call(fn, input, undefined, undefined, options), { warmup: 10, runs: 20 });
    rows.push(timedRow(`ours: THADS_SUMMARY(register), ${label}`, t, undefined, { note: agreement }));
    const ratio = t.median / plain.median;
    const cpuRatio = t.cpuMedian !== undefined && plain.cpuMedian ? t.cpuMedian / plain.cpuMedian : undefined;
    rows.push({
      label: `ratio ours / plain pass, ${label}`,
      value: `${ratio.toFixed(1)}×`,
      raw: ratio,
      budget: `${RATIO_BUDGET}×`,
      pass: ratio <= RATIO_BUDGET && mismatch === 0,
      ...(cpuRatio === undefined ? {} : { cpuPass: cpuRatio <= RATIO_BUDGET }),
      note: `${ms(t.median)} vs ${ms(plain.median)}${cpuRatio === undefined ? '' : `; CPU ${cpuRatio.toFixed(1)}×`}`,
    });
    if (cases === 100_000 && rate && rank && mismatch === 0) {
      ours100k = { timing: t, rate, rank };
      register100k = register.map((r) => [r[3], r[5]]);
    }
  }

  // --- LibreOffice Calc, headless, on the 100,000-case register --------------------------------
  const soffice = findSoffice();
  const peerLabel = `LibreOffice Calc: recalculation of ${names.length * 4} COUNTIFS + ${names.length} RANK (of the rate rounded as shown) over 100,000 cases`;
  if (!soffice) {
    rows.push(unavailable(peerLabel, 'soffice not found: install LibreOffice Calc (apt-get install -y libreoffice-calc) to measure this peer'));
  } else if (!ours100k || !register100k) {
    rows.push(unavailable(peerLabel, 'our side at 100,000 cases is not available or disagrees: nothing to compare with'));
  } else {
    const lo = libreOfficeDir();
    try {
      const withPath = join(lo.dir, 'with-formulas.xlsx');
      const withoutPath = join(lo.dir, 'without-formulas.xlsx');
      await writeRegisterBook(withPath, register100k, names, true);
      await writeRegisterBook(withoutPath, register100k, names, false);
      // The first start of soffice creates its profile: not timed.
      convertToCsv(soffice, lo.profile, withoutPath, lo.dir);
      const withTimes: number[] = [];
      const withoutTimes: number[] = [];
      let csv = '';
      for (let i = 0; i < CONVERSIONS; i++) {
        withoutTimes.push(convertToCsv(soffice, lo.profile, withoutPath, lo.dir).ms);
        const w = convertToCsv(soffice, lo.profile, withPath, lo.dir);
        withTimes.push(w.ms);
        csv = w.csv;
      }
      const withT = summarize(withTimes);
      const withoutT = summarize(withoutTimes);
      const calc = readCalcOfficers(csv);
      let disagree = 0;
      for (const name of names) {
        const c = calc.get(name);
        const r = ours100k.rate.get(name);
        const k = ours100k.rank.get(name);
        if (!c || c.rate === null || typeof r !== 'number' || Math.abs(c.rate - r) > 1e-9 || c.rank !== k) disagree++;
      }
      const recalc = withT.median - withoutT.median;
      rows.push(timedRow(`LibreOffice Calc: convert the .xlsx with the formulas (load + recalculate + write CSV)`, withT));
      rows.push(timedRow('LibreOffice Calc: convert the same .xlsx without the formulas (load + write CSV)', withoutT));
      rows.push({
        label: peerLabel,
        value: ms(recalc),
        raw: recalc,
        note: disagree ? `DISAGREES with ours on ${disagree}/${names.length} officers` : `same rates and ranks as ours for all ${names.length} officers`,
      });
      const factor = recalc / ours100k.timing.median;
      rows.push({
        label: 'ratio LibreOffice recalculation / ours, 100,000 cases',
        value: `${factor.toFixed(0)}×`,
        raw: factor,
        budget: `≥ ${PEER_FACTOR}× (ours ≤ 1/${PEER_FACTOR})`,
        pass: factor >= PEER_FACTOR && disagree === 0,
        note: `${ms(recalc)} vs ${ms(ours100k.timing.median)}`,
      });
      notes.push(
        `${sofficeVersion(soffice)}, headless, a private profile; ${CONVERSIONS} conversions of each file after one untimed start. The .xlsx files are written by exceljs with formulas and no cached values, so Calc computes every formula on load; the CSV of the Officers sheet is read back and compared with ours.`,
        'Recalculation = median conversion time with the formulas − median without: both load the same 100,000-row register and write the same CSV, so start-up, load and write cancel out (up to their noise, a few hundred ms).',
      );
    } catch (e) {
      rows.push(unavailable(peerLabel, `soffice failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300)}`));
    } finally {
      lo.dispose();
    }
  }
  notes.push(
    `Register: synthetic (bench/lib/register.ts), ${UNITS} units × ${OFFICERS_PER_UNIT} officers; ours and the plain pass get the same four columns (officer, status, acceptance and completion dates) in the script's realm, THADS_SUMMARY the options năm 2024, tháng 12; LibreOffice the officer and status columns.`,
    'The plain pass is the floor, not a rival: it classifies nothing (statuses matched as the generator spells them), reads no date and builds no table. Ours reads the header, classifies each distinct status once, places each case in the period by its dates, aggregates, computes the indicators, ranks and returns the 200-row table.',
  );
  return { name: 'peers', title: 'Per-officer rates and ranks: plain pass, ours, LibreOffice Calc', rows, notes };
}
