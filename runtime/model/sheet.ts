/**
 * One sheet of the in-memory workbook: a sparse grid of cells plus the sheet-level records
 * (merges, frozen panes, hidden flag, conditional formats, charts, developer metadata).
 */
import type { Rect } from './a1';
import type { Cell } from './cell';

/** Developer metadata as Sheets stores it: a key, an optional value, a visibility. */
export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** A conditional format rule, recorded as plain data (exceljs cannot write it as Sheets would). */
export interface ConditionalFormatRecord {
  ranges: string[];
  condition: { type: string; values: unknown[] };
  format: { background?: string; fontColor?: string; bold?: boolean };
}

/** An embedded chart, recorded as plain data. */
export interface ChartRecord {
  id: number;
  type: string;
  ranges: string[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** A whole-sheet protection (Sheet.protect()), recorded as plain data. */
export interface ProtectionRecord {
  /** Sheets only warns before an edit, instead of refusing it. */
  warningOnly: boolean;
  description: string;
}

export class SheetModel {
  name: string;
  readonly id: number;
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  maxRows = 1000;
  maxColumns = 26;
  tabColor: string | null = null;
  merges: Rect[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  charts: ChartRecord[] = [];
  developerMetadata: MetadataRecord[] = [];
  /** At most one: Sheets keeps one protection per sheet. */
  protections: ProtectionRecord[] = [];
  columnWidths: Record<number, number> = {};
  /** Heights in pixels of the rows set by setRowHeight(s) (1-based); others are Sheets' default 21. */
  rowHeights: Record<number, number> = {};
  /** rows[r-1][c-1]; sparse: missing rows and cells are blank. */
  rows: (Cell | undefined)[][] = [];

  constructor(name: string, id: number) {
    this.name = name;
    this.id = id;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at (row, column), created when missing; grows the sheet's size as Sheets would. */
  ensureCell(row: number, column: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = {};
      r[column - 1] = c;
    }
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    return c;
  }

  /** Last row holding a value or formula (0 when empty), as Sheet.getLastRow. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row && row.some((c) => c !== undefined && hasContent(c))) return r;
    }
    return 0;
  }

  /** Last column holding a value or formula (0 when empty), as Sheet.getLastColumn. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const cell = row[c - 1];
        if (cell && hasContent(cell)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
}

function hasContent(c: Cell): boolean {
  return (c.value !== undefined && c.value !== '') || c.formula !== undefined;
}
