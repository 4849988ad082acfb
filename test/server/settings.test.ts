import { describe, expect, it } from 'vitest';
import { isThadsError } from '../../src/core/errors';
import { utf8Length } from '../../src/server/settings/utf8Length';
import { splitByBytes } from '../../src/server/settings/chunks';
import { SETTINGS_KEY, loadSettings, saveSettings } from '../../src/server/settings/settingsStore';
import { readTargetsGrid, targetsSheetPlan } from '../../src/server/settings/targetsSheet';
import { unitKey } from '../../src/core/text/unitKey';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { ReportSettings } from '../../src/shared/rpc';
import { MemoryPort } from './memoryPort';
import { rpc } from '../../src/server/rpc/validate';
import { saveSettingsRpc as saveSettingsHandler } from '../../src/server/rpc/saveSettings';

const saveSettingsRpc = rpc('sidebarSaveSettings', saveSettingsHandler);

const settings: ReportSettings = withReportDefaults({
  source: { sheet: 'Số liệu', range: null, mapping: null },
  period: { year: 2020, month: 12 },
  targets: { kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null },
  notRanked: ['Văn phòng Cục'],
});

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('settings per document', () => {
  it('round-trips what was saved', () => {
    const port = new MemoryPort();
    saveSettings(port, settings);
    expect(loadSettings(port)).toEqual(settings);
  });

  it('is null before anything is saved', () => {
    expect(loadSettings(new MemoryPort())).toBeNull();
  });

  it('refuses a target of 80 (not 80%) with a Vietnamese message naming the field', () => {
    const bad = { ...settings, targets: { kind: 'uniform', viec: 80, tien: 0.38, backlogReduction: null } };
    const e = thrown(() => saveSettings(new MemoryPort(), bad));
    expect(isThadsError(e)).toBe(true);
    expect(e.message).toMatch(/Thiết lập không hợp lệ: trường “targets\.viec”/);
  });

  it('refuses a month outside 1..12 and a Date where a period is expected', () => {
    expect(() => saveSettings(new MemoryPort(), { ...settings, period: { year: 2020, month: 13 } })).toThrow(/period\.month/);
    expect(() => saveSettings(new MemoryPort(), { ...settings, period: new Date() })).toThrow(/period/);
  });

  it('keeps every stored value within 9 KB even when the settings are larger', () => {
    const port = new MemoryPort();
    const big = { ...settings, notRanked: Array.from({ length: 200 }, (_, i) => `Phòng Thi hành án dân sự khu vực số ${i} — tỉnh Đồng Tháp`) };
    saveSettings(port, big);
    const values = [...port.settings.values()];
    expect(Number(/^g\d+:(\d+)$/.exec(port.settings.get(SETTINGS_KEY) ?? '')?.[1])).toBeGreaterThan(1);
    for (const v of values) expect(utf8Length(v)).toBeLessThanOrEqual(9000);
    expect(loadSettings(port)).toEqual(big);
  });

  it('ignores stored settings that no longer validate', () => {
    const port = new MemoryPort();
    port.settings.set(SETTINGS_KEY, '1');
    port.settings.set(`${SETTINGS_KEY}.0`, JSON.stringify({ ...settings, regime: 'C' }));
    expect(loadSettings(port)).toBeNull();
  });
});

describe('saving settings replaces the old ones only once the new ones are written', () => {
  const before = withReportDefaults({ ...settings, notRanked: Array.from({ length: 120 }, (_, i) => `Đơn vị cũ số ${i} — ${'ệ'.repeat(40)}`) });
  const after = withReportDefaults({ ...settings, period: { year: 2021, month: 6 }, notRanked: Array.from({ length: 90 }, (_, i) => `Đơn vị mới ${i} — ${'ư'.repeat(60)}`) });

  it('a property write failing at any step leaves the previous settings whole, or the new ones', () => {
    const clean = new MemoryPort();
    saveSettings(clean, before);
    const writes = (() => {
      const p = new MemoryPort();
      saveSettings(p, before);
      const counted = new MemoryPort();
      counted.settings = new Map(p.settings);
      let n = 0;
      const set = counted.setSetting.bind(counted);
      const del = counted.deleteSetting.bind(counted);
      counted.setSetting = (k, v) => (n++, set(k, v));
      counted.deleteSetting = (k) => (n++, del(k));
      saveSettings(counted, after);
      return n;
    })();
    expect(writes, 'new pieces, the pointer and the old pieces’ removal').toBeGreaterThan(4);
    for (let failAt = 1; failAt <= writes; failAt++) {
      const port = new MemoryPort();
      saveSettings(port, before);
      port.failSettingFrom = failAt;
      let threw = false;
      try {
        saveSettings(port, after);
      } catch {
        threw = true;
      }
      port.failSettingFrom = null;
      const loaded = loadSettings(port);
      // Failing before the pointer moved: the old settings and an error; after: the new ones (old pieces are garbage).
      expect(loaded, `failing from write ${failAt}`).toEqual(threw ? before : after);
      // The next save works and leaves only its own pieces.
      saveSettings(port, after);
      expect(loadSettings(port)).toEqual(after);
      const pointer = /^g(\d+):(\d+)$/.exec(port.settings.get(SETTINGS_KEY)!)!;
      expect(port.settings.size, `no pieces left over after write ${failAt} failed`).toBe(Number(pointer[2]) + 1);
    }
  });

  it('does not grow: each save removes the previous pieces', () => {
    const port = new MemoryPort();
    for (let i = 0; i < 5; i++) saveSettings(port, i % 2 === 0 ? before : after);
    const pointer = /^g(\d+):(\d+)$/.exec(port.settings.get(SETTINGS_KEY)!)!;
    expect(pointer[1]).toBe('5');
    expect([...port.settings.keys()].sort()).toEqual([SETTINGS_KEY, ...Array.from({ length: Number(pointer[2]) }, (_, i) => `${SETTINGS_KEY}.g5.${i}`)].sort());
    expect(loadSettings(port)).toEqual(before);
  });

  it('reads settings saved before generations, and replaces their pieces on the next save', () => {
    const port = new MemoryPort();
    port.settings.set(SETTINGS_KEY, '1');
    port.settings.set(`${SETTINGS_KEY}.0`, JSON.stringify(settings));
    expect(loadSettings(port)).toEqual(settings);
    saveSettings(port, after);
    expect(port.settings.has(`${SETTINGS_KEY}.0`)).toBe(false);
    expect(loadSettings(port)).toEqual(after);
  });

  it('sidebarSaveSettings saves under the document lock: while another execution holds it, nothing is saved', () => {
    const port = new MemoryPort();
    saveSettings(port, before);
    const stored = new Map(port.settings);
    port.lockHeld = true;
    const answer = saveSettingsRpc(port, after);
    expect(answer).toMatchObject({ ok: false });
    expect(port.settings).toEqual(stored);
  });
});

describe('UTF-8 size of a value', () => {
  it('counts 1, 2, 3 and 4 bytes per character', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('ệ')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });

  it('splits without breaking a character', () => {
    const pieces = splitByBytes('aệệ😀b', 4);
    expect(pieces.join('')).toBe('aệệ😀b');
    for (const p of pieces) expect(utf8Length(p)).toBeLessThanOrEqual(4);
  });
});

describe('the "Chỉ tiêu" sheet', () => {
  it('is created with the seven columns and one row per unit', () => {
    const plan = targetsSheetPlan([{ label: 'Chi cục A', year: 2020, viec: 0.8, tien: null }]);
    expect(plan.values[0]).toEqual(['Đơn vị', 'Năm', 'Chỉ tiêu việc', 'Chỉ tiêu tiền', 'Giảm án tồn', 'Không xếp hạng', 'Điểm thi đua']);
    expect(plan.values[1]).toEqual(['Chi cục A', 2020, 0.8, '', '', '', '']);
  });

  it('is read for the report’s year, by unit, with "80%" as text accepted', () => {
    const grid = [
      ['Đơn vị', 'Năm', 'Chỉ tiêu việc', 'Chỉ tiêu tiền', 'Giảm án tồn', 'Không xếp hạng'],
      ['Chi cục A', 2020, 0.8, '38%', '', ''],
      ['Chi cục A', 2021, 0.9, 0.5, '', ''],
      ['Văn phòng Cục', 2020, '', '', '', 'x'],
    ];
    const read = readTargetsGrid(grid, 2020, 'Chỉ tiêu');
    expect(read.byLabel.get('chi cục a')).toEqual({ viec: 0.8, tien: 0.38 });
    expect(read.notRanked).toEqual(['Văn phòng Cục']);
  });

  it('finds a unit’s row by unitKey: a name differing only in punctuation or tone placement is the same unit', () => {
    const grid = [
      ['Đơn vị', 'Năm', 'Chỉ tiêu việc'],
      ['Chi cục THADS huyện Hoà Bình.', 2020, 0.8],
    ];
    const read = readTargetsGrid(grid, 2020, 'Chỉ tiêu');
    expect(read.byLabel.get(unitKey('Chi cục THADS huyện Hòa Bình'))).toEqual({ viec: 0.8 });
  });

  it('stops on a target written as 80 with the row, the column and the value', () => {
    const grid = [
      ['Đơn vị', 'Năm', 'Chỉ tiêu việc'],
      ['Chi cục A', 2020, 80],
    ];
    expect(() => readTargetsGrid(grid, 2020, 'Chỉ tiêu')).toThrow(/dòng 2, cột C.*80/);
  });
});
