import { describe, expect, it } from 'vitest';
import { ThadsError } from '../../src/core/errors';
import { answerOrFailure } from '../../src/server/answerOrFailure';
import { remakeReportWith } from '../../src/server/menu';
import { saveSettings } from '../../src/server/settings/settingsStore';
import { MemoryPort } from './memoryPort';
import { DATA_SHEET, settingsFor } from './runtimeWorkbook';

describe('answerOrFailure, the one place a ThadsError becomes { ok: false, message }', () => {
  it('passes an answer through', () => {
    expect(answerOrFailure(() => ({ ok: true, n: 1 }))).toEqual({ ok: true, n: 1 });
  });

  it('answers a ThadsError with its Vietnamese message', () => {
    expect(
      answerOrFailure(() => {
        throw new ThadsError('Không thấy trang “X” trong bảng tính.');
      }),
    ).toEqual({ ok: false, message: 'Không thấy trang “X” trong bảng tính.' });
  });

  it('rethrows anything else: a bug is not a message for the user', () => {
    expect(() =>
      answerOrFailure(() => {
        throw new TypeError('x is undefined');
      }),
    ).toThrow(TypeError);
  });

  it('answers the menu’s "Tạo lại báo cáo" too: a failure is alerted and nothing is written', () => {
    const p = new MemoryPort([{ name: DATA_SHEET, values: [['']] }]);
    saveSettings(p, settingsFor({ source: { sheet: DATA_SHEET, range: null, mapping: null } }));
    const result = remakeReportWith(p);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Vùng dữ liệu trống/);
    expect(p.alerts).toEqual([result.message]);
    expect(p.sheets.map((s) => s.name)).toEqual([DATA_SHEET]);
  });
});
