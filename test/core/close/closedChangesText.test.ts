import { describe, expect, it } from 'vitest';
import { closedAtText, closedChangesText, NOTHING_CHANGED } from '../../../src/core/close/closedChangesText';

const at = '2020-10-05T01:00:00.000Z';

describe('closedChangesText', () => {
  it('says nothing changed, with when it was closed', () => {
    expect(closedChangesText({ closedAt: at, closedBy: '', changes: [], ranks: [] }, 'nghin')).toEqual([`${NOTHING_CHANGED} (chốt lúc 08:00 ngày 05/10/2020).`]);
  });

  it('lists each change with both values, money in the report unit, and a moved rank', () => {
    const lines = closedChangesText(
      {
        closedAt: at,
        closedBy: 'Chị Lan',
        changes: [
          { kind: 'changed', unit: 'A', measure: 'viec', key: 'completed', closed: 80, current: 95, difference: 15 },
          { kind: 'changed', unit: 'A', measure: 'tien', key: 'completed', closed: 2500000, current: 2000000, difference: -500000 },
          { kind: 'added', unit: 'C' },
        ],
        ranks: [{ unit: 'A', closed: 2, now: 1 }],
      },
      'nghin',
    );
    expect(lines[0]).toContain('người chốt: Chị Lan');
    expect(lines).toContain('A — việc giải quyết xong (X): đã chốt 80, nay 95 việc, chênh lệch +15.');
    expect(lines).toContain('A — tiền giải quyết xong (X): đã chốt 2.500, nay 2.000 nghìn đồng, chênh lệch -500.');
    expect(lines).toContain('C: đơn vị mới, không có trong số liệu đã chốt.');
    expect(lines).toContain('A: thứ hạng thay đổi, đã chốt hạng 2, nay hạng 1.');
  });
});

describe('closedAtText', () => {
  it('writes the time in Vietnam', () => {
    expect(closedAtText(at)).toBe('08:00 ngày 05/10/2020');
  });
});
