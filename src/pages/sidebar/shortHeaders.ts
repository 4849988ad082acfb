/**
 * Column headers as the sidebar's narrow list shows them (tiêu đề cột rút gọn). A header is its
 * parents joined with " / "; a 300-px sidebar cuts it after about 30 characters, so three columns
 * "VIỆC / Tổng số thụ lý / Năm trước chuyển sang", "… / Thụ lý mới", "… / Tổng số" all read
 * "VIỆC / Tổng số thụ lý / …". The parents a header shares with another are folded to "…",
 * keeping the block (VIỆC, TIỀN: the first part) and what tells it apart. The full header stays in
 * the element's title.
 *
 * @example
 * shortHeaders(['VIỆC / Tổng số thụ lý / Năm trước chuyển sang', 'VIỆC / Tổng số thụ lý / Thụ lý mới', 'Đơn vị'])
 * // ['VIỆC / … / Năm trước chuyển sang', 'VIỆC / … / Thụ lý mới', 'Đơn vị']
 */
export function shortHeaders(headers: readonly string[]): string[] {
  const paths = headers.map((h) => h.split(' / '));
  return paths.map((parts, i) => {
    let shared = 0;
    paths.forEach((other, j) => {
      if (j !== i) shared = Math.max(shared, commonPrefix(parts, other));
    });
    // Only the middle folds: the first part names the block, and an identical header stays whole.
    if (shared < 2 || shared >= parts.length) return headers[i]!;
    return [parts[0], '…', ...parts.slice(shared)].join(' / ');
  });
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
