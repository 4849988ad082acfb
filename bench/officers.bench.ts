/**
 * Benchmark 2 (issue 3): per-officer completion rates and ranks from a 100,000-case register,
 * computed the way a user does it today — built-in formulas in a real spreadsheet engine
 * (HyperFormula: COUNTIFS per officer and status, the rate, and the rank through COUNTIF since
 * HyperFormula has no RANK) — beside ours: the same register handed to the built add-on, which
 * aggregates it per officer and ranks. Same data, one run, the ratio printed, and the two results
 * compared officer by officer.
 *
 * HyperFormula is GPL-licensed and used here only (licenseKey 'gpl-v3'); it is never bundled.
 */
import { HyperFormula } from 'hyperformula';
import { declaredMatching, firstDeclared } from './lib/build';
import { byLabel, describeTable } from './lib/grid';
import { customFunctionHost } from './lib/host';
import type { MemoryUse } from './lib/memory';
import { measureMemory } from './lib/memory';
import { makeRegister, officerName, REGISTER_OPTIONS } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { ms, timedRow, unavailable } from './lib/result';
import type { Timing } from './lib/stats';
import { measure, once, summarize } from './lib/stats';

const CASES = 100_000;
/** 15 units × 10 officers: a province; ~670 cases per officer ("trên 700 việc/năm", domain §4). */
const UNITS = 15;
const OFFICERS_PER_UNIT = 10;

/** Officer names in sheet order. */
function officers(): string[] {
  const out: string[] = [];
  for (let u = 0; u < UNITS; u++) for (let k = 0; k < OFFICERS_PER_UNIT; k++) out.push(officerName(u, k));
  return out;
}

/**
 * The user's sheet: per officer, X = COUNTIFS(xong) + COUNTIFS(đình chỉ), Đ = X + COUNTIFS(đang
 * thi hành) + COUNTIFS(trường hợp khác) (regime B: hoãn and tạm đình chỉ stand outside Đ), rate
 * X / Đ, rank = 1 + COUNTIF(rates, ">" & rate).
 */
function userFormulas(names: string[]): (string | number)[][] {
  const A = `Register!$A$2:$A$${CASES + 1}`;
  const B = `Register!$B$2:$B$${CASES + 1}`;
  const last = names.length + 1;
  const count = (r: number, status: string) => `COUNTIFS(${A},$A${r},${B},"${status}")`;
  return [
    ['Chấp hành viên', 'Giải quyết xong', 'Có điều kiện', 'Tỷ lệ', 'Xếp hạng'],
    ...names.map((name, i) => {
      const r = i + 2;
      return [
        name,
        `=${count(r, 'Thi hành xong')}+${count(r, 'Đình chỉ')}`,
        `=B${r}+${count(r, 'Đang thi hành')}+${count(r, 'Trường hợp khác')}`,
        `=IF(C${r}=0,"",B${r}/C${r})`,
        `=IF(D${r}="","",COUNTIF($D$2:$D$${last},">"&D${r})+1)`,
      ];
    }),
  ];
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const register = makeRegister({ cases: CASES, units: UNITS, officersPerUnit: OFFICERS_PER_UNIT });
  // The columns of the register the computation reads — officer, status, and the dates that
  // place a case in the period — with their header row. HyperFormula gets the dates as the
  // serial numbers a sheet holds; the add-on gets Dates, as getValues() hands them over.
  const fourColumns = register.map((r) => [r[3], r[5], r[4], r[6]]);
  const serial = (v: unknown) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v);
  const forHyperFormula = fourColumns.map((r) => r.map(serial) as (string | number)[]);
  const names = officers();

  // --- HyperFormula, the user's way -------------------------------------------------------------
  const config = { licenseKey: 'gpl-v3', maxRows: CASES + 10 };
  let hf!: HyperFormula;
  let memory!: MemoryUse;
  const built = once(() => {
    ({ result: hf, memory } = measureMemory(() =>
      HyperFormula.buildFromSheets({ Register: forHyperFormula, Officers: userFormulas(names) }, config),
    ));
  });
  const hfBuild = summarize([built.wall], [built.cpu]);
  const officersSheet = hf.getSheetId('Officers')!;
  const values = hf.getSheetValues(officersSheet);
  const hfRate = new Map<string, number>();
  const hfRank = new Map<string, number>();
  for (const row of values.slice(1)) {
    hfRate.set(String(row[0]), Number(row[3]));
    hfRank.set(String(row[0]), Number(row[4]));
  }
  rows.push(
    timedRow(`HyperFormula: load + compute ${names.length * 4} COUNTIFS + ${names.length} COUNTIF ranks over ${CASES.toLocaleString('en')} cases`, hfBuild, undefined, {
      memory,
    }),
  );
  // A user editing one status: what each edit costs before the sheet shows the new ranks. Every
  // COUNTIFS reads the edited column, so this costs about as much as the full evaluation: opt-in.
  let hfEdit: Timing | undefined;
  if (process.env.THADS_BENCH_HF_EDIT === '1') {
    const edited = once(() => hf.setCellContents({ sheet: hf.getSheetId('Register')!, row: 6, col: 1 }, 'Thi hành xong'));
    hfEdit = summarize([edited.wall], [edited.cpu]);
    rows.push(timedRow('HyperFormula: recalculation after editing one status cell', hfEdit));
  } else {
    rows.push(unavailable('HyperFormula: recalculation after editing one status cell', 'not measured by default (it re-runs every COUNTIFS, about as long as the full evaluation): set THADS_BENCH_HF_EDIT=1'));
  }
  hf.destroy();

  // --- ours: the register through the built add-on -----------------------------------------------
  const { host, note } = await customFunctionHost();
  notes.push(note);
  const fn = firstDeclared(['THADS_REGISTER', 'THADS_AGGREGATE', 'THADS_SUMMARY']);
  if (!fn) {
    rows.push(unavailable('ours: register → per-officer rates and ranks', `no register aggregation declared in build/stubs.js (declared: ${declaredMatching(/^THADS_/).join(', ') || 'none'})`));
    rows.push(unavailable('ratio HyperFormula / ours', 'our side is not available'));
  } else {
    const input = host.toRealm(fourColumns);
    const options = host.toRealm(REGISTER_OPTIONS);
    let first: unknown;
    let error: string | undefined;
    try {
      first = host.call(fn, input, undefined, undefined, options);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (error !== undefined) {
      rows.push(unavailable(`ours: ${fn}(register)`, `the call failed: ${error.slice(0, 300)}`));
      rows.push(unavailable('ratio HyperFormula / ours', 'our side failed'));
    } else {
      const ourRate = byLabel(first, 'Tỷ lệ việc');
      const ourRank = byLabel(first, 'Xếp hạng');
      let mismatch = 0;
      let compared = 0;
      if (ourRate && ourRank) {
        for (const name of names) {
          compared++;
          const r = ourRate.get(name);
          const k = ourRank.get(name);
          if (typeof r !== 'number' || Math.abs(r - hfRate.get(name)!) > 1e-9 || k !== hfRank.get(name)) mismatch++;
        }
      }
      const t = measure(() => host.call(fn, input, undefined, undefined, options), { warmup: 2, runs: 15 });
      const agreement = !ourRate || !ourRank
        ? `result has no "Đơn vị"/"Tỷ lệ việc"/"Xếp hạng" columns (${describeTable(first)})`
        : mismatch
          ? `DISAGREES with HyperFormula on ${mismatch}/${compared} officers`
          : `same rates and ranks as HyperFormula for all ${compared} officers`;
      rows.push(timedRow(`ours: ${fn}(register of ${CASES.toLocaleString('en')} cases)`, t, undefined, { note: agreement }));
      rows.push({
        label: 'ratio: HyperFormula load+compute / ours',
        value: `${(hfBuild.median / t.median).toFixed(0)}×`,
        raw: hfBuild.median / t.median,
        note: `${ms(hfBuild.median)} vs ${ms(t.median)}${hfEdit ? `; one edit: ${(hfEdit.median / t.median).toFixed(0)}× (${ms(hfEdit.median)} vs one call)` : ''}; CPU: ${hfBuild.cpuMedian !== undefined && t.cpuMedian ? `${(hfBuild.cpuMedian / t.cpuMedian).toFixed(0)}×` : 'n/a'}`,
      });
    }
  }
  notes.push(
    `Register: ${CASES.toLocaleString('en')} synthetic cases, ${UNITS} units × ${OFFICERS_PER_UNIT} officers, statuses with plausible shares (bench/lib/register.ts); both sides get the same four columns (Chấp hành viên, Trạng thái, Ngày thụ lý, Ngày giải quyết xong; every completion inside statistical year 2024), and THADS_SUMMARY the options năm 2024, tháng 12.`,
    'Regime B: Đ = thi hành xong + đình chỉ + đang thi hành + trường hợp khác (hoãn, tạm đình chỉ outside Đ); rate = X / Đ (domain §3, §4).',
    `HyperFormula ${HyperFormula.version} with default settings (maxRows raised to fit the register); its load + full evaluation is timed once (it takes minutes), and one edit's recalculation only with THADS_BENCH_HF_EDIT=1.`,
  );
  return { name: 'officers', title: 'Per-officer rates and ranks: spreadsheet formulas vs the add-on', rows, notes };
}
