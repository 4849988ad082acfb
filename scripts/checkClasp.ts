/**
 * `npm run push` runs this first: clasp would push to whatever script id `.clasp.json` names, and the
 * repository ships a placeholder. Until a real id is set, stop with a message saying where to find it
 * (kiểm tra mã dự án Apps Script trước khi đẩy mã lên).
 *
 * Usage: `tsx scripts/checkClasp.ts [path/to/.clasp.json]` (default: the repository's `.clasp.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Apps Script project ids are long (≈57) runs of letters, digits, "-" and "_". */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;
const PLACEHOLDER = /REPLACE|YOUR|PLACEHOLDER|^x+$/i;

/**
 * Why the contents of a .clasp.json cannot be pushed, or undefined when its scriptId looks real.
 * @example claspProblem('{"scriptId":"REPLACE_WITH_YOUR_SCRIPT_ID"}') // → "… placeholder …"
 */
export function claspProblem(text: string, file = '.clasp.json'): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${file} is not valid JSON.`;
  }
  const id = typeof json === 'object' && json !== null ? (json as { scriptId?: unknown }).scriptId : undefined;
  const where =
    'Open the spreadsheet (or your standalone Apps Script project) → Extensions → Apps Script → Project Settings, ' +
    `copy the Script ID and put it in ${file} as "scriptId". See README "Installing into a spreadsheet".`;
  if (typeof id !== 'string' || id.trim() === '') return `${file} has no "scriptId". ${where}`;
  if (PLACEHOLDER.test(id)) return `${file} still holds the placeholder script id "${id}"; clasp was not called. ${where}`;
  if (!SCRIPT_ID.test(id)) return `${file}: "${id}" does not look like an Apps Script script id; clasp was not called. ${where}`;
  return undefined;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const file = resolve(process.argv[2] ?? join(root, '.clasp.json'));
  if (!existsSync(file)) {
    console.error(`${file} not found: clasp needs it to know which Apps Script project to push to.`);
    process.exit(1);
  }
  const problem = claspProblem(readFileSync(file, 'utf8'), file);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
