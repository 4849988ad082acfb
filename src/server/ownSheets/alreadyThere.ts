import type { SheetInfo } from '../port';

/**
 * What the add-on says when the sheet it was asked to create is there already (trang đã có): it is the
 * user's to fill and is only read. A hidden one is said to be hidden — a run cut off between marking it
 * and showing it leaves it so, and the user hides sheets too: either way it is shown only by the user.
 *
 * @example alreadyThere({ name: 'Chỉ tiêu', hidden: false, owner: 'targets' }) // "Trang “Chỉ tiêu” đã có; tiện ích chỉ đọc trang này, không ghi đè."
 */
export function alreadyThere(sheet: SheetInfo): string {
  const hidden = sheet.hidden ? ' (đang ẩn: bấm chuột phải vào thanh các trang tính, chọn “Hiện”)' : '';
  return `Trang “${sheet.name}” đã có${hidden}; tiện ích chỉ đọc trang này, không ghi đè.`;
}
