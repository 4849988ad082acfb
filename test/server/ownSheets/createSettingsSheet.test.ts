import { describe, expect, it } from 'vitest';
import { createSettingsSheet } from '../../../src/server/ownSheets/createSettingsSheet';
import { GRADES_OWNER, GRADES_SHEET_NAME, gradeSheetPlan } from '../../../src/server/settings/gradeSheet';
import { MemoryPort } from '../memoryPort';

const grades = { plan: gradeSheetPlan(), owner: GRADES_OWNER, name: GRADES_SHEET_NAME, what: 'trang Xếp loại' };

describe('createSettingsSheet — a settings sheet created once, built hidden and swapped in', () => {
  it('creates the sheet under its name, marked as the add-on’s, and says nothing was kept', () => {
    const port = new MemoryPort([{ name: 'Số liệu', values: [['x']] }]);
    expect(createSettingsSheet(port, grades)).toEqual({ sheetName: 'Xếp loại', kept: '' });
    const made = port.sheet('Xếp loại')!;
    expect(made.owner).toBe(GRADES_OWNER);
    expect(made.hidden).toBe(false);
    expect(port.sheets.some((s) => s.owner === 'temp')).toBe(false);
  });

  it('leaves a user’s sheet of that name alone, takes "… (2)" and says which sheet was kept', () => {
    const port = new MemoryPort([{ name: 'Xếp loại', values: [['của tôi']] }]);
    const result = createSettingsSheet(port, grades);
    expect(result).toEqual({ sheetName: 'Xếp loại (2)', kept: ' (trang “Xếp loại” của người dùng được giữ nguyên)' });
    expect(port.sheet('Xếp loại')!.values).toEqual([['của tôi']]);
    expect(port.sheet('Xếp loại')!.owner).toBeNull();
  });
});
