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
    expect(Number(port.settings.get(SETTINGS_KEY))).toBeGreaterThan(1);
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
    expect(() => readTargetsGrid(grid, 2020, 'Chỉ tiêu')).toThrow(/dòng 2, cột 3.*80/);
  });
});
