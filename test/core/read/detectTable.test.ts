import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTable } from '../../../src/core/read/detectTable';

const core = join(__dirname, '..', '..', '..', 'src', 'core');

/** The core folders a folder's files import from ('../register/x' → 'register'). */
function importedFolders(folder: string): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(join(core, folder)).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(core, folder, f), 'utf8');
    for (const m of text.matchAll(/from '\.\.\/([a-z]+)\//g)) out.add(m[1]!);
  }
  return out;
}

describe('detectTable: the one choice between a case register and an aggregated table', () => {
  it('reads a grid with a status column as a case register', () => {
    const r = detectTable([['Đơn vị', 'Trạng thái'], ['Chi cục A', 'Thi hành xong'], ['Chi cục A', 'Đang thi hành']], { period: { year: 2024, month: 12 } });
    expect(r.ok && r.table.layout).toBe('register');
    expect(r.ok && r.table.units[0]?.viec.completed).toBe(1);
  });

  it('reads a grid of one row per unit as an aggregated table', () => {
    const r = detectTable([['Đơn vị', 'Có điều kiện', 'Giải quyết xong'], ['Chi cục A', 100, 80], ['Chi cục B', 50, 40]]);
    expect(r.ok && r.table.layout).toBe('aggregated');
    expect(r.ok && r.table.units[1]?.viec.enforceable).toBe(50);
  });

  it('an explicit mapping reads the grid as an aggregated table, even with a status header', () => {
    const r = detectTable([['Đơn vị', 'Trạng thái', 'Có điều kiện', 'Giải quyết xong'], ['Chi cục A', 'x', 100, 80]], {
      mapping: {
        labelColumn: 0,
        columns: [
          { column: 2, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } },
          { column: 3, role: { kind: 'quantity', measure: 'viec', key: 'completed' } },
        ],
      },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.ok && r.table.layout).toBe('aggregated');
  });

  it('refuses a blank grid with a Vietnamese message', () => {
    for (const blank of [[['', null]], [['', ''], ['', null]]]) {
      const r = detectTable(blank);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/Vùng dữ liệu trống/);
    }
  });
});

describe('core/table and core/register do not import each other in a cycle', () => {
  it('core/table imports neither core/register nor core/read', () => {
    const folders = importedFolders('table');
    expect(folders.has('register')).toBe(false);
    expect(folders.has('read')).toBe(false);
  });

  it('core/register uses the table\'s leaf modules but not core/read', () => {
    expect(importedFolders('register').has('read')).toBe(false);
  });
});
