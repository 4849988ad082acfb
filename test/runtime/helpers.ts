/** Hermetic fixtures: a tiny hand-written build directory in a temp folder, so these tests do not depend on src/. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp project: `<root>/build/<files>` and, when given, `<root>/.clasp.json`. */
export function makeBuild(files: Record<string, string>, clasp?: object): { root: string; buildDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'thads-runtime-'));
  const buildDir = join(root, 'build');
  mkdirSync(buildDir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(buildDir, name), text);
  if (clasp) writeFileSync(join(root, '.clasp.json'), JSON.stringify(clasp));
  return { root, buildDir };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'thads-xlsx-'));
}

/** Custom functions written the way the generated stubs are: top-level declarations. */
export const STUBS = `
function DOUBLE(x) {
  if (Array.isArray(x)) return x.map(function (row) { return row.map(function (v) { return v === '' ? '' : v * 2; }); });
  return x * 2;
}
/** What arrived: the number of arguments and each one's JSON. */
function DESCRIBE() {
  return arguments.length + ':' + JSON.stringify(Array.prototype.slice.call(arguments));
}
function SPILL(rows, cols) {
  var out = [];
  for (var r = 0; r < rows; r++) { var line = []; for (var c = 0; c < cols; c++) line.push((r + 1) * 10 + (c + 1)); out.push(line); }
  return out;
}
function SUMALL(range) {
  var s = 0;
  (Array.isArray(range) ? range : [[range]]).forEach(function (row) { row.forEach(function (v) { if (typeof v === 'number') s += v; }); });
  return s;
}
function FAIL() { throw new Error('Không tính được: dòng 3, cột 2 của vùng chứa "abc"'); }
function WRITE() { SpreadsheetApp.getActiveSheet().getRange('Z1').setValue(1); return 'wrote'; }
function KIND(x) {
  return Object.prototype.toString.call(x) + '|' + (x instanceof Date);
}
`;
