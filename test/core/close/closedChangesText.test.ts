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
    expect(lines).toContain('A — tiền giải quyết xong (X): đã chốt 2.500, nay 2.000 nghìn đồng, chênh lệch −500.');
    expect(lines).toContain('C: đơn vị mới, không có trong số liệu đã chốt.');
    expect(lines).toContain('A: thứ hạng thay đổi, đã chốt hạng 2, nay hạng 1.');
  });
});

describe('closedAtText', () => {
  it('writes the time in Vietnam', () => {
    expect(closedAtText(at)).toBe('08:00 ngày 05/10/2020');
  });
});

describe('closedChangesText of a register', () => {
  it('lists per officer and every changed case by identity, from → to; what could not be compared is said', () => {
    const lines = closedChangesText(
      {
        closedAt: at,
        closedBy: '',
        changes: [],
        ranks: [],
        officers: {
          changes: [{ kind: 'changed', unit: 'Chi cục A / CHV 1', measure: 'viec', key: 'totalAccepted', closed: 10, current: 9, difference: -1 }],
          ranks: [{ unit: 'Chi cục A / CHV 2', closed: 2, now: 1 }],
        },
        cases: [
          { identity: 'việc số QĐ 1/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'changed', officer: { closed: 'CHV 1', now: 'CHV 2' }, status: { closed: 3, now: 0 } },
          { identity: 'việc số QĐ 2/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'changed', due: { closed: 1_000_000, now: 2_500_000 } },
          { identity: 'việc số QĐ 3/QĐ (Chi cục A)', kind: 'gone' },
        ],
        casesProblem: 'Sổ thụ lý hiện nay có 1 việc trùng …',
      },
      'nghin',
    );
    expect(lines[0]).toMatch(/: 1 số liệu, 1 thứ hạng, 3 việc\.$/);
    expect(lines).toContain('Theo chấp hành viên:');
    expect(lines).toContain('Chi cục A / CHV 1 — việc tổng số thụ lý (T): đã chốt 10, nay 9 việc, chênh lệch −1.');
    expect(lines).toContain('Chi cục A / CHV 2: thứ hạng thay đổi, đã chốt hạng 2, nay hạng 1.');
    expect(lines).toContain('Việc số QĐ 1/QĐ ngày 15/01/2024 (Chi cục A): chấp hành viên CHV 1 → CHV 2; trạng thái đang thi hành → thi hành xong (X1).');
    expect(lines).toContain('Việc số QĐ 2/QĐ ngày 15/01/2024 (Chi cục A): số tiền phải thi hành 1.000 → 2.500 nghìn đồng.');
    expect(lines).toContain('Việc số QĐ 3/QĐ (Chi cục A): có trong số liệu đã chốt, nay không còn trong sổ thụ lý của kỳ.');
    expect(lines[lines.length - 1]).toBe('Sổ thụ lý hiện nay có 1 việc trùng …');
  });

  it('nothing changed but cases that could not be compared: says both, never a bare "không thay đổi"', () => {
    const lines = closedChangesText({ closedAt: at, closedBy: '', changes: [], ranks: [], cases: [], casesProblem: 'Lần chốt số 1: …' }, 'nghin');
    expect(lines).toEqual([`${NOTHING_CHANGED} về số liệu các đơn vị (chốt lúc 08:00 ngày 05/10/2020); Lần chốt số 1: …`]);
  });
});

describe('closedChangesText — grades', () => {
  it('names each grade the edit moves, and counts them in the first line', () => {
    const lines = closedChangesText(
      {
        closedAt: at,
        closedBy: '',
        changes: [{ kind: 'changed', unit: 'B', measure: 'viec', key: 'completed', closed: 85, current: 70, difference: -15 }],
        ranks: [],
        grades: [{ unit: 'B', closed: 'A', now: null }],
      },
      'nghin',
    );
    expect(lines[0]).toContain('1 số liệu, 0 thứ hạng, 1 xếp loại');
    expect(lines).toContain('B — việc giải quyết xong (X): đã chốt 85, nay 70 việc, chênh lệch −15.');
    expect(lines).toContain('B: xếp loại thay đổi, đã chốt loại A, nay chưa xếp loại.');
  });

  it('a moved grade alone is a change, never "không thay đổi"', () => {
    const lines = closedChangesText({ closedAt: at, closedBy: '', changes: [], ranks: [], grades: [{ unit: 'B', closed: 'B', now: 'A' }] }, 'nghin');
    expect(lines.join(' ')).not.toContain(NOTHING_CHANGED);
  });
});
