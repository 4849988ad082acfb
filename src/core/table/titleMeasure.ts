import type { Grid, Measure } from '../types';
import { cellText } from './cellText';
import type { TableBlock } from './findTableBlocks';
import { foldVietnamese } from '../text/normalize';

/**
 * Khối việc hay khối tiền: the measure a block's own title rows name ("I. VỀ VIỆC", "II. VỀ TIỀN"),
 * never a money-unit line ("Đơn vị tính: 1.000 đồng" says nothing of the block). null when none or both.
 *
 * @example titleMeasure([['II. VỀ TIỀN'], …], block) // 'tien'
 */
export function titleMeasure(rows: Grid, block: TableBlock): Measure | null {
  for (let i = block.titleRows.length - 1; i >= 0; i--) {
    const text = foldVietnamese((rows[block.titleRows[i] as number] ?? []).map(cellText).join(' '));
    const viec = / viec /.test(` ${text} `);
    const tien = / tien /.test(` ${text} `);
    if (viec !== tien) return viec ? 'viec' : 'tien';
  }
  return null;
}
