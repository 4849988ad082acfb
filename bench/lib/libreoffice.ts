/**
 * LibreOffice Calc as a peer (issue 10): the same register as an .xlsx whose per-officer sheet holds
 * COUNTIFS and RANK formulas with no cached values, so Calc must compute them when it loads the
 * file. `soffice --headless --convert-to csv` loads, recalculates and writes the per-officer sheet;
 * the same workbook with the formulas left out is converted too, and the recalculation time is the
 * difference (load, start-up and writing cancel out). The values Calc wrote are read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExcelJS } from '../../runtime/xlsx/excel';

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim().split('\n')[0];
  return r.status === 0 && path ? path : undefined;
}

export function sofficeVersion(soffice: string): string {
  return execFileSync(soffice, ['--version'], { encoding: 'utf8' }).trim();
}

/** Per officer, as Calc computed it: X, Đ, the rate and the rank. */
export interface CalcOfficer {
  completed: number;
  enforceable: number;
  rate: number | null;
  rank: number | null;
}

/** A private LibreOffice profile and a work folder, so that runs never meet another soffice. */
export function libreOfficeDir(): { dir: string; profile: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'thads-lo-'));
  return { dir, profile: pathToFileURL(join(dir, 'profile')).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes the register (officer, status; header first) and a sheet "Officers" first in the book:
 * per officer X = COUNTIFS(xong) + COUNTIFS(đình chỉ), Đ = X + COUNTIFS(đang thi hành) +
 * COUNTIFS(trường hợp khác) (regime B), rate X / Đ, and the rank: RANK of the rate as shown
 * (ROUND(rate; 4), two decimals of a percent), as ours ranks since issue 10 ("the figure shown
 * decides"); with `formulas` false the same sheet holds the names only.
 */
export async function writeRegisterBook(path: string, register: readonly (readonly unknown[])[], officers: readonly string[], formulas: boolean): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Officers');
  const data = book.addWorksheet('Register');
  for (const row of register) data.addRow([...row]);
  const n = register.length;
  const A = `Register!$A$2:$A$${n}`;
  const B = `Register!$B$2:$B$${n}`;
  const last = officers.length + 1;
  const count = (r: number, status: string) => `COUNTIFS(${A},$A${r},${B},"${status}")`;
  sheet.addRow(['Chấp hành viên', 'Giải quyết xong', 'Có điều kiện', 'Tỷ lệ', 'Xếp hạng', 'Tỷ lệ làm tròn']);
  officers.forEach((name, i) => {
    const r = i + 2;
    // No `result`: the file carries no cached value, so Calc must compute every formula on load.
    sheet.addRow(
      formulas
        ? [
            name,
            { formula: `${count(r, 'Thi hành xong')}+${count(r, 'Đình chỉ')}` },
            { formula: `B${r}+${count(r, 'Đang thi hành')}+${count(r, 'Trường hợp khác')}` },
            { formula: `IF(C${r}=0,"",B${r}/C${r})` },
            { formula: `IF(F${r}="","",RANK(F${r},$F$2:$F$${last}))` },
            { formula: `IF(D${r}="","",ROUND(D${r},4))` },
          ]
        : [name],
    );
  });
  await book.xlsx.writeFile(path);
}

/**
 * Converts the first sheet of `xlsx` to CSV with soffice (full precision, not as shown) and
 * returns the wall time of the conversion and the CSV text.
 */
export function convertToCsv(soffice: string, profile: string, xlsx: string, outDir: string): { ms: number; csv: string } {
  const start = process.hrtime.bigint();
  // Tokens: separator ',', quote '"', UTF-8, first line 1, …, save as shown false, formulas false, …, sheet 1.
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', outDir, xlsx], { stdio: 'pipe' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stem = xlsx.replace(/^.*\//, '').replace(/\.xlsx$/, '');
  let csv: string;
  try {
    csv = readFileSync(join(outDir, `${stem}-Officers.csv`), 'utf8');
  } catch {
    csv = readFileSync(join(outDir, `${stem}.csv`), 'utf8');
  }
  return { ms, csv };
}

/** name → what Calc computed, from the CSV of the Officers sheet. */
export function readCalcOfficers(csv: string): Map<string, CalcOfficer> {
  const out = new Map<string, CalcOfficer>();
  const lines = csv.split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [name, x, d, rate, rank] = line.split(',').map((s) => s.replace(/^"|"$/g, ''));
    out.set(name!, {
      completed: Number(x),
      enforceable: Number(d),
      rate: rate === '' ? null : Number(rate),
      rank: rank === '' ? null : Number(rank),
    });
  }
  return out;
}
