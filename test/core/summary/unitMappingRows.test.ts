import { describe, expect, it } from 'vitest';
import { UNIT_MAPPING_HEADERS, unitMappingRows } from '../../../src/core/summary/unitMappingRows';

describe('unitMappingRows — the «Đối chiếu đơn vị» sheet as the user keeps it', () => {
  it('reads the rows with both names, by header wherever the columns are, 1-based sheet rows', () => {
    const r = unitMappingRows(
      [
        ['Ghi chú', 'Đơn vị năm nay', 'Đơn vị năm trước'],
        ['', 'Phòng THADS khu vực 1', 'Chi cục THADS huyện A'],
        ['', '', ''],
        ['chưa ghép', '', 'Chi cục THADS huyện B'],
        ['', 'Phòng THADS khu vực 2', ''],
        ['', ' Phòng THADS khu vực 1 ', 'Chi cục THADS huyện C'],
      ],
      'Đối chiếu đơn vị',
    );
    expect(r.findings).toEqual([]);
    expect(r.rows).toEqual([
      { row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 1' },
      { row: 6, previous: 'Chi cục THADS huyện C', current: 'Phòng THADS khu vực 1' },
    ]);
  });

  it('finds headers whatever their case and spacing', () => {
    const r = unitMappingRows([['đơn vị  năm trước', 'ĐƠN VỊ NĂM NAY'], ['A', 'B']], 'X');
    expect(r.rows).toEqual([{ row: 2, previous: 'A', current: 'B' }]);
  });

  it('reads nothing, and says so naming the sheet and the column, when a header is missing', () => {
    const r = unitMappingRows([['Đơn vị năm trước', 'Đơn vị mới'], ['A', 'B']], 'Đối chiếu đơn vị');
    expect(r.rows).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toBe('Trang “Đối chiếu đơn vị”: không thấy cột “Đơn vị năm nay” ở dòng 1, nên không dùng trang này để đối chiếu đơn vị với năm trước.');
    expect(unitMappingRows([], 'T').findings[0]!.message).toContain(`“${UNIT_MAPPING_HEADERS[0]}” và “${UNIT_MAPPING_HEADERS[1]}”`);
  });
});
