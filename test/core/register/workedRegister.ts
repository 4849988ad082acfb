import type { Grid } from '../../../src/core/types';

/**
 * Statistical year 2024 = 01/10/2023 – 30/09/2024 (domain §2). Worked out by hand:
 * unit A: case 1 accepted 15/09/2023 (before 01/10/2023 → C), thi hành xong 10/11/2023 → X1;
 *         case 2 accepted 01/10/2023 (→ M), đình chỉ → X2; case 3 accepted 02/02/2024 (M), đang thi hành,
 *         collected 30 of 100; case 4 hoãn (M); case 5 accepted 05/10/2024, after the period → left out;
 *         case 6 thi hành xong but closed 03/10/2024, after the period → counts as đang thi hành.
 * unit B: case 7 chưa có điều kiện (C), case 8 ủy thác (M).
 */
export const register: Grid = [
  ['SỔ THỤ LÝ 12 tháng năm 2024', '', '', '', '', '', ''],
  ['STT', 'Ngày thụ lý', 'Đơn vị', 'Trạng thái', 'Số tiền phải thi hành (nghìn đồng)', 'Số tiền đã thu', 'Ngày kết thúc'],
  [1, '15/09/2023', 'A', 'Thi hành xong', 10, 10, '10/11/2023'],
  [2, '01/10/2023', 'A', 'Đình chỉ', 20, 0, '01/12/2023'],
  [3, new Date(2024, 1, 2), 'A', 'Đang thi hành', 100, 30, ''],
  [4, '03/03/2024', 'A', 'Hoãn', 5, '', ''],
  [5, '05/10/2024', 'A', 'Thi hành xong', 7, 7, '06/10/2024'],
  [6, '01/06/2024', 'A', 'Thi hành xong', 40, 40, '03/10/2024'],
  [7, '01/01/2023', 'B', 'Chưa có điều kiện', 50, '', ''],
  [8, '01/05/2024', 'B', 'Ủy thác', '', '', ''],
];
