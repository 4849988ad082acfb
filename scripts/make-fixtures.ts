/**
 * npx tsx scripts/make-fixtures.ts — writes the example workbooks (examples/) and the test fixtures
 * (test/fixtures/<name>.xlsx + <name>.expected.json). Deterministic: seeded PRNG, fixed dates (zip entry times
 * included), so a re-run rewrites byte-identical files. The outputs are checked in; this script shows how they were made,
 * and test/fixtures/fixtures.test.ts checks each .expected.json against its .xlsx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import type { FixtureExpectation } from '../test/fixtures/expected';
import { fixtures } from '../test/fixtures/generate/catalogue';
import { makeExample } from '../test/fixtures/generate/example';
import { makeMonthsExample, MONTHS_FILE } from '../test/fixtures/generate/exampleMonths';
import { makeTwoSheetsExample, TWO_SHEETS_FILE } from '../test/fixtures/generate/exampleTwoSheets';
import { makeUnitTabsExample, UNIT_TABS_FILE } from '../test/fixtures/generate/exampleUnitTabs';
import { fixZipTimes } from '../test/fixtures/generate/zip-times';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function save(dir: string, name: string, made: { workbook: ExcelJS.Workbook; expected: FixtureExpectation }): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.xlsx`), fixZipTimes(await made.workbook.xlsx.writeBuffer()));
  writeFileSync(join(dir, `${name}.expected.json`), `${JSON.stringify(made.expected, null, 2)}\n`);
  console.log(`wrote ${join(dir, name)}.xlsx`);
}

await save(join(root, 'examples'), 'bao-cao-thads-tinh-2020', await makeExample());
// Issue 13: one workbook per feature, so the main example's report stays as it is.
await save(join(root, 'examples'), TWO_SHEETS_FILE, await makeTwoSheetsExample());
await save(join(root, 'examples'), UNIT_TABS_FILE, await makeUnitTabsExample());
await save(join(root, 'examples'), MONTHS_FILE, await makeMonthsExample());
for (const [name, make] of Object.entries(fixtures)) await save(join(root, 'test/fixtures'), name, await make());
