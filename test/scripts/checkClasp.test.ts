import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claspProblem } from '../../scripts/checkClasp';

const root = join(__dirname, '..', '..');
const REAL_LOOKING = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijklmnopqrstu';

/** Runs the script as `npm run push` does, on a .clasp.json with the given text. */
function run(text: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'thads-clasp-'));
  const file = join(dir, '.clasp.json');
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'checkClasp.ts'), file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('npm run push stops before clasp while .clasp.json holds no real script id', () => {
  it('the push script checks .clasp.json before building and calling clasp', () => {
    const push = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.push!;
    expect(push.indexOf('checkClasp')).toBeGreaterThanOrEqual(0);
    expect(push.indexOf('checkClasp')).toBeLessThan(push.indexOf('clasp push'));
  });

  it('refuses the repository’s own placeholder, a missing id, an empty one and a malformed one', () => {
    expect(claspProblem(readFileSync(join(root, '.clasp.json'), 'utf8'))).toMatch(/placeholder script id "REPLACE_WITH_YOUR_SCRIPT_ID".*Project Settings/);
    expect(claspProblem('{"rootDir":"build"}')).toMatch(/no "scriptId"/);
    expect(claspProblem('{"scriptId":"  "}')).toMatch(/no "scriptId"/);
    expect(claspProblem('{"scriptId":"abc def"}')).toMatch(/does not look like/);
    expect(claspProblem('{')).toMatch(/not valid JSON/);
  });

  it('lets a real-looking id through', () => {
    expect(claspProblem(JSON.stringify({ scriptId: REAL_LOOKING, rootDir: 'build' }))).toBeUndefined();
  });

  it('exits 1 with the message on the placeholder, 0 on a real id', () => {
    const bad = run('{"scriptId":"REPLACE_WITH_YOUR_SCRIPT_ID"}');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/placeholder script id/);
    expect(run(JSON.stringify({ scriptId: REAL_LOOKING })).status).toBe(0);
  });
});
