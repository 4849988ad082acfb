/**
 * What an .xlsx cannot hold natively but Sheets keeps: developer metadata, document properties,
 * sheet ids, the spreadsheet's time zone. They travel as JSON in a veryHidden sheet that fromXlsx
 * reads back and leaves out of the sheet list.
 */
import type { MetadataRecord } from '../model/sheet';

export const METADATA_SHEET = '__thads_metadata';

/** Excel's limit is 32767 characters a cell; the JSON is split over column A below it. */
export const CHUNK = 30000;

export interface SavedMetadata {
  version: 1;
  id: string;
  timeZone: string;
  locale: string;
  developerMetadata: MetadataRecord[];
  documentProperties: Record<string, string>;
  sheets: {
    name: string;
    id: number;
    developerMetadata: MetadataRecord[];
    maxRows: number;
    maxColumns: number;
    /** Cells a custom function's result spilled into, by formula cell: so a reload can recompute them. */
    spills?: Record<string, string>;
  }[];
}

export function chunks(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}
