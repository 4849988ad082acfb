/** sidebarGetState opens whatever range was saved before (issue 12, item 8). */
import { describe, expect, it } from 'vitest';
import { getState } from '../../../src/server/rpc/getState';
import { saveSettings } from '../../../src/server/settings/settingsStore';
import { MemoryPort } from '../memoryPort';
import { DATA_SHEET, HEADER, settingsFor } from '../runtimeWorkbook';

describe('the state with a saved range that no longer reads', () => {
  it('opens, showing the range’s problem as the detection’s, with the saved settings kept', () => {
    const p = new MemoryPort([{ name: DATA_SHEET, values: [HEADER, ['Chi cục A', 100, 80, 1000, 500]] }]);
    const settings = settingsFor();
    saveSettings(p, { ...settings, source: { ...settings.source, range: 'A1:ZZZ9999999' } });
    const state = getState(p, { sheet: null });
    expect(state.ok).toBe(true);
    if (!state.ok) return;
    expect(state.detection).toMatchObject({ ok: false, message: expect.stringMatching(/^Vùng “A1:ZZZ9999999” quá lớn/) });
    expect(state.settings?.source.range).toBe('A1:ZZZ9999999');
  });

  it('still reads a saved range that does', () => {
    const p = new MemoryPort([{ name: DATA_SHEET, values: [HEADER, ['Chi cục A', 100, 80, 1000, 500], ['Chi cục B', 100, 70, 1000, 500]] }]);
    const settings = settingsFor();
    saveSettings(p, { ...settings, source: { ...settings.source, range: 'A1:E3' } });
    const state = getState(p, { sheet: null });
    expect(state.ok && state.detection.ok).toBe(true);
  });
});
