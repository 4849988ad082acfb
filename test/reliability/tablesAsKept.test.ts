/**
 * Issue 11, "Done when": tables its tests did not write — other abbreviations of the same words, other
 * unreadable values, other orders of header rows, other totals rows — through the BUILT add-on (the
 * sidebar's report with the table detected, THADS_SUMMARY, THADS_CHECK). Each gives the exact figure
 * computed by hand, or the figure is absent with the Vietnamese reason naming row, column and value.
 * Cases marked "(was wrong)" failed before their fix.
 */
import { describe, expect, it } from 'vitest';
import { detectTable } from '../../src/core/read/detectTable';
import { builtFunctions, builtReport } from './builtAddOn';

const TOTAL_OK = 'Tổng cộng';
const close = (v: unknown, x: number) => expect(v as number).toBeCloseTo(x, 10);

describe('other abbreviations of thi hành xong and đình chỉ: 83,46% (X1 + X2), never 79,70% (X1 alone)', () => {
  // A: (4.800 + 200) / 6.000 = 83,33%; B: (3.170 + 176) / 4.000 = 83,65%; whole 8.346 / 10.000.
  for (const [x1, x2] of [
    ['Đã TH xong', 'Đ.chỉ'], // (was wrong: "Đ.chỉ" unread, 79,70%)
    ['TH xong', 'Đ/chỉ'], // (was wrong)
    ['TH xong', 'ĐC THA'],
    ['THA xong', 'ĐC'],
    ['TH xong', 'Đình chỉ THA'],
    ['THI HÀNH XONG', 'ĐÌNH CHỈ'],
    ['Thi hanh xong', 'Dinh chi'],
    ['Đã thi hành xong', 'Đã đình chỉ'],
    ['Thi hành xong (X1)', 'Đình chỉ (X2)'],
  ] as const) {
    it(`"${x1}" | "${x2}"`, async () => {
      const table = [['Đơn vị', 'Có điều kiện', x1, x2], ['Chi cục A', 6000, 4800, 200], ['Chi cục B', 4000, 3170, 176], ['Toàn tỉnh', 10000, 7970, 376]];
      const detected = detectTable(table, {});
      if (!detected.ok) throw new Error(detected.message);
      // An abbreviation or a missing accent is a guess, shown as one.
      const guessed = new Set(['Đã TH xong', 'Đ.chỉ', 'TH xong', 'Đ/chỉ', 'ĐC THA', 'THA xong', 'ĐC', 'Thi hanh xong', 'Dinh chi']);
      for (const c of detected.table.columns.slice(2)) expect(c.confidence < 1, c.header).toBe(guessed.has(c.header));
      const r = await builtReport(table);
      expect(r.ok, r.message).toBe(true);
      close(r.rows.get('Chi cục A')?.['Tỷ lệ việc'], 5000 / 6000);
      close(r.rows.get('Chi cục B')?.['Tỷ lệ việc'], 3346 / 4000);
      expect([r.rows.get('Chi cục A')?.['Xếp hạng'], r.rows.get('Chi cục B')?.['Xếp hạng']]).toEqual(['2/2', '1/2']);
      close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 0.8346);
      // Nothing wrong with the data; a guessed column is said beside the figures (rule "reading"), and only then.
      expect(r.findings.filter((f) => f.rule !== 'reading')).toEqual([]);
      expect(r.findings.some((f) => f.rule === 'reading')).toBe(guessed.has(x1) || guessed.has(x2));
      const f = builtFunctions(table);
      expect(f.errors).toEqual([]);
      close(f.summary.find((u) => u['Đơn vị'] === 'Toàn tỉnh')?.['Tỷ lệ việc'], 0.8346);
      expect(f.check).toEqual([]); // consistent: one blank cell
    });
  }
});

describe('other spellings of phải thi hành, có điều kiện, chưa có điều kiện', () => {
  // P = Đ + K; A: (60 + 20) / 100 = 80%; B: (35 + 7) / 50 = 84%; whole 122 / 150.
  for (const headers of [
    ['Số việc phải THA', 'CĐK THA', 'TH xong', 'Đ.chỉ', 'Chưa ĐK'], // (was wrong: Đ.chỉ and Chưa ĐK unread, 63,33%)
    ['Phải THA', 'Có ĐKTH', 'Thi hành xong', 'Đình chỉ', 'Chưa có ĐKTH'], // (was refused: no Đ)
    ['Phai thi hanh', 'Co dieu kien', 'Thi hanh xong', 'Dinh chi', 'Chua co dieu kien'],
    ['PHẢI THI HÀNH', 'CÓ ĐIỀU KIỆN', 'THI HÀNH XONG', 'ĐÌNH CHỈ', 'CHƯA CÓ ĐIỀU KIỆN'],
    ['Phải THA', 'Có điều kiện', 'Đã TH xong', 'Đình chỉ THA', 'CCĐK'],
  ]) {
    it(headers.join(' | '), async () => {
      const table = [['Đơn vị', ...headers], ['Chi cục A', 150, 100, 60, 20, 50], ['Chi cục B', 80, 50, 35, 7, 30]];
      const r = await builtReport(table);
      expect(r.ok, r.message).toBe(true);
      close(r.rows.get('Chi cục A')?.['Tỷ lệ việc'], 0.8);
      close(r.rows.get('Chi cục B')?.['Tỷ lệ việc'], 0.84);
      close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 122 / 150);
      expect(r.findings.filter((f) => f.rule !== 'reading')).toEqual([]);
      expect(builtFunctions(table).check).toEqual([]);
    });
  }
});

describe('other orders of header rows and other totals rows', () => {
  // A: việc 85/100, tiền 400/1.000; B: việc 40/50, tiền 1.000/2.000; whole 125/150 and 1.400/3.000.
  const expectFigures = async (table: unknown[][], totalsLabel: string) => {
    const r = await builtReport(table);
    expect(r.ok, r.message).toBe(true);
    close(r.rows.get('Chi cục A')?.['Tỷ lệ việc'], 0.85);
    close(r.rows.get('Chi cục B')?.['Tỷ lệ việc'], 0.8);
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 125 / 150);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const f = builtFunctions(table);
    close(f.summary.find((u) => u['Đơn vị'] === totalsLabel)?.['Tỷ lệ việc'], 125 / 150);
    expect(f.summary.find((u) => u['Đơn vị'] === totalsLabel)?.['Xếp hạng']).toBe('');
    return r;
  };

  it('việc / tiền above the quantity row, totals "Cộng" at the bottom', async () => {
    const r = await expectFigures([
      ['Đơn vị', 'Việc', '', '', 'Tiền', '', ''],
      ['', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục A', 100, 80, 5, 1000, 400, 0],
      ['Chi cục B', 50, 40, 0, 2000, 1000, 0],
      ['Cộng', 150, 120, 5, 3000, 1400, 0],
    ], 'Cộng');
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ tiền'], 1400 / 3000);
  });

  it('việc / tiền below the quantity row, totals "TỔNG CỘNG TOÀN TỈNH"', async () => {
    const r = await expectFigures([
      ['Đơn vị', 'Có điều kiện', '', 'Thi hành xong', '', 'Đình chỉ', ''],
      ['', 'Việc', 'Tiền', 'Việc', 'Tiền', 'Việc', 'Tiền'],
      ['Chi cục A', 100, 1000, 80, 400, 5, 0],
      ['Chi cục B', 50, 2000, 40, 1000, 0, 0],
      ['TỔNG CỘNG TOÀN TỈNH', 150, 3000, 120, 1400, 5, 0],
    ], 'TỔNG CỘNG TOÀN TỈNH');
    close(r.rows.get('Chi cục A')?.['Tỷ lệ tiền'], 0.4);
  });

  // (was wrong: "(1)" typed in Sheets is −1, so the number row became a unit "-2" with six false errors)
  it('three header rows, a "(1) (2) …" number row, totals "Tổng số" at the top', async () => {
    await expectFigures([
      ['STT', 'Đơn vị', 'Tổng số phải thi hành', '', '', '', ''],
      ['', '', 'Có điều kiện thi hành', '', '', '', 'Chưa có điều kiện'],
      ['', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ', 'Đang thi hành', ''],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['', 'Tổng số', 150, 120, 5, 25, 30],
      [1, 'Chi cục A', 100, 80, 5, 15, 20],
      [2, 'Chi cục B', 50, 40, 0, 10, 10],
    ], 'Tổng số');
  });

  it('a totals row that is not the sum keeps the computed whole and says so', async () => {
    const table = [['Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'], ['Chi cục A', 100, 80, 5], ['Chi cục B', 50, 40, 0], ['Tổng số', 160, 120, 5]];
    const r = await builtReport(table);
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 125 / 150);
    expect(r.findings.map((f) => f.message)).toContain('Dòng 4 (Tổng số), việc, cột B (có điều kiện (Đ)): dòng tổng ghi 160 việc nhưng tổng các đơn vị là 150 việc, chênh lệch 10 việc.');
    expect(builtFunctions(table).check).toEqual(['Dòng 4 của vùng (Tổng số), việc, cột 2 của vùng (có điều kiện (Đ)): dòng tổng ghi 160 việc nhưng tổng các đơn vị là 150 việc, chênh lệch 10 việc.']);
  });
});

const HEADER = ['Đơn vị', 'Có điều kiện (việc)', 'Thi hành xong (việc)', 'Có điều kiện (tiền)', 'Thi hành xong (tiền)'];
/** Huyện A with the cells given; B: 80/100 việc, 400/1.000 tiền; C: 90/100, 600/1.000. */
const withA = (a: unknown[]) => [HEADER, ['Chi cục A', ...a], ['Chi cục B', 100, 80, 1000, 400], ['Chi cục C', 100, 90, 1000, 600]];
const LETTER = ['', 'B', 'C', 'D', 'E'];

/** The việc (or tiền) figures of huyện A are withheld, with the reason; B and C ranked alone; the totals say they lack A. */
async function expectWithheld(table: unknown[][], measure: 'việc' | 'tiền', column: number, reason: RegExp) {
  const r = await builtReport(table);
  expect(r.ok, r.message).toBe(true);
  const a = r.rows.get('Chi cục A')!;
  const rate = String(a[`Tỷ lệ ${measure}`]);
  expect(rate.startsWith(`Không tính: dòng 2, cột ${LETTER[column]} `), rate).toBe(true);
  expect(rate).toMatch(reason);
  expect(a[`Vượt/thiếu chỉ tiêu ${measure}`]).toBe('—');
  const label = `Tổng các đơn vị hợp lệ (thiếu: Chi cục A (về ${measure}))`;
  expect(r.rows.get(TOTAL_OK)).toBeUndefined();
  close(r.rows.get(label)?.[`Tỷ lệ ${measure}`], measure === 'việc' ? 170 / 200 : 1000 / 2000);
  expect(r.rows.get(label)?.[`Vượt/thiếu chỉ tiêu ${measure}`]).toBe('');
  expect(r.text).toContain('SỐ LIỆU SAI');
  if (measure === 'việc') {
    expect(a['Xếp hạng']).toBe('—');
    expect([r.rows.get('Chi cục B')?.['Xếp hạng'], r.rows.get('Chi cục C')?.['Xếp hạng']]).toEqual(['2/2', '1/2']);
  }
  const f = builtFunctions(table);
  expect(String(f.summary[0]?.[`Tỷ lệ ${measure}`])).toMatch(new RegExp(`^Không tính: dòng 2, cột ${column + 1} của vùng `));
  expect(f.check.some((line) => line.startsWith('Dòng 2 của vùng (Chi cục A)'))).toBe(true);
}

describe('other unreadable values in a count: withheld with the reason, never skipped', () => {
  for (const [value, why] of [
    ['n/a', /"n\/a" không phải là số/],
    ['12a', /"12a" không phải là số/],
    ['1 234', /"1 234" không phải là số/],
    ['80 việc', /"80 việc" không phải là số/],
    ['#REF!', /ô báo lỗi "#REF!"/],
    ['#VALUE!', /ô báo lỗi "#VALUE!"/],
    ['1,5', /1,5 không phải là số nguyên/],
    [80.5, /80,5 không phải là số nguyên/],
    [-5, /-5 là số âm/],
    [1e20, /phải có X ≤ Đ/],
  ] as const) {
    it(`X việc = ${JSON.stringify(value)}`, async () => {
      await expectWithheld(withA([100, value, 1000, 500]), 'việc', 2, why);
    });
  }

  it('a blank X beside Đ = 100 (was wrong: A unranked with no reason, the whole 56,67% as the province\'s)', async () => {
    await expectWithheld(withA([100, '', 1000, 500]), 'việc', 2, /ô trống trong khi có điều kiện thi hành \(Đ\) = 100 việc/);
  });

  it('a blank Đ beside X = 50 (was wrong: the whole 110,00% as the province\'s)', async () => {
    await expectWithheld(withA(['', 50, 1000, 500]), 'việc', 1, /ô trống trong khi giải quyết xong \(X\) = 50 việc/);
  });

  it('a blank tiền X beside tiền Đ withholds the tiền figures only', async () => {
    await expectWithheld(withA([100, 85, 1000, '']), 'tiền', 4, /ô trống/);
  });

  for (const dash of ['-', '—']) {
    it(`"${dash}" is 0, as the forms print it: A 0,00%, ranked last, in the whole`, async () => {
      const r = await builtReport(withA([100, dash, 1000, 500]));
      expect(r.rows.get('Chi cục A')?.['Tỷ lệ việc']).toBe(0);
      expect(r.rows.get('Chi cục A')?.['Xếp hạng']).toBe('3/3');
      close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 170 / 300);
    });
  }
});

describe('negative and fractional values in every quantity column', () => {
  for (let column = 1; column <= 4; column++) {
    const measure = column <= 2 ? 'việc' : 'tiền';
    it(`−1 in column ${LETTER[column]} withholds the ${measure} figures`, async () => {
      const a: unknown[] = [100, 85, 1000, 500];
      a[column - 1] = -1;
      await expectWithheld(withA(a), measure, column, /-1 là số âm/);
    });
  }
  for (const column of [1, 2]) {
    it(`0,5 more in việc column ${LETTER[column]} withholds the việc figures`, async () => {
      const a: unknown[] = [100, 85, 1000, 500];
      a[column - 1] = (a[column - 1] as number) + 0.5;
      await expectWithheld(withA(a), 'việc', column, /không phải là số nguyên/);
    });
  }
  it('money may have decimals: 1.000,5 and 500,25 are amounts', async () => {
    const r = await builtReport(withA([100, 85, 1000.5, 500.25]));
    close(r.rows.get('Chi cục A')?.['Tỷ lệ tiền'], 500.25 / 1000.5);
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ tiền'], 1500.25 / 3000.5);
  });
});

describe('X > Đ, Đ = 0, every unit withheld, a unit with only tiền', () => {
  it('X > Đ in tiền only: the việc rate and rank stand, the tiền figures are withheld', async () => {
    await expectWithheld(withA([100, 85, 1000, 1500]), 'tiền', 4, /giải quyết xong \(X\) = 1\.500 lớn hơn có điều kiện thi hành \(Đ\) = 1\.000/);
    const r = await builtReport(withA([100, 85, 1000, 1500]));
    close(r.rows.get('Chi cục A')?.['Tỷ lệ việc'], 0.85);
    expect(r.rows.get('Chi cục A')?.['Xếp hạng']).toBe('2/3');
  });

  it('Đ = 0 and X = 0: no rate, not ranked, the whole unchanged', async () => {
    const r = await builtReport(withA([0, 0, 1000, 500]));
    expect(r.rows.get('Chi cục A')?.['Tỷ lệ việc']).toBe('');
    expect(r.rows.get('Chi cục A')?.['Xếp hạng']).toBe('không xếp hạng');
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 170 / 200);
  });

  it('Đ = 0 and X = 5: X > Đ, withheld', async () => {
    await expectWithheld(withA([0, 5, 1000, 500]), 'việc', 2, /phải có X ≤ Đ/);
  });

  it('every unit withheld: no rank, no whole rate on the card, every cell listed', async () => {
    const table = [HEADER, ['Chi cục A', 100, 'abc', 1000, 'x'], ['Chi cục B', -1, 80, 1000, -5]];
    const r = await builtReport(table);
    expect(r.ok, r.message).toBe(true);
    expect(r.summary).toMatchObject({ units: 2, ranked: 0, withheld: 2, rateViec: null, rateTien: null });
    for (const u of ['Chi cục A', 'Chi cục B']) {
      expect(String(r.rows.get(u)?.['Tỷ lệ việc'])).toMatch(/^Không tính: /);
      expect(String(r.rows.get(u)?.['Tỷ lệ tiền'])).toMatch(/^Không tính: /);
      expect(r.rows.get(u)?.['Xếp hạng']).toBe('—');
    }
    expect([...r.rows.keys()].some((l) => l === TOTAL_OK)).toBe(false);
    expect(builtFunctions(table).check).toHaveLength(4);
  });

  it('a unit with only tiền: no việc figure, its tiền rate, the việc whole of the others', async () => {
    const r = await builtReport(withA(['', '', 1000, 500]));
    expect(r.rows.get('Chi cục A')?.['Tỷ lệ việc']).toBe('');
    close(r.rows.get('Chi cục A')?.['Tỷ lệ tiền'], 0.5);
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ việc'], 170 / 200);
    close(r.rows.get(TOTAL_OK)?.['Tỷ lệ tiền'], 1500 / 3000);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
