/**
 * Protection: a sheet's protection (Sheet.protect()), recorded on the sheet model so tests can check it.
 * Only what the add-on uses: a whole-sheet protection, warning-only or not, with a description. Editors
 * and ranges are not modelled: the local runtime has one user, who may always edit.
 */
import type { ProtectionRecord, SheetModel } from '../model/sheet';
import type { Env } from './env';
import { SERVICE } from './instrument';
import type { Accepts } from './accepts';
import { sheetImpl } from './registry';

type P = GoogleAppsScript.Spreadsheet.Protection;

export class ProtectionImpl
  implements Accepts<P, 'setWarningOnly' | 'isWarningOnly' | 'setDescription' | 'getDescription' | 'remove' | 'getProtectionType' | 'canEdit'>
{
  readonly [SERVICE] = 'Protection';
  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    readonly record: ProtectionRecord,
  ) {}
  setWarningOnly(warningOnly: boolean): this {
    this.record.warningOnly = warningOnly === true;
    return this;
  }
  isWarningOnly(): boolean {
    return this.record.warningOnly;
  }
  setDescription(description: string): this {
    this.record.description = String(description);
    return this;
  }
  getDescription(): string {
    return this.record.description;
  }
  getProtectionType(): string {
    return 'SHEET';
  }
  /** The one local user owns the spreadsheet: may always edit. */
  canEdit(): boolean {
    return true;
  }
  getRange(): object {
    return sheetImpl(this.env, this.sheet).getDataRange();
  }
  remove(): void {
    const i = this.sheet.protections.indexOf(this.record);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
}

/** Sheet.protect(): the sheet's protection, made (not warning-only, no description) when it has none, as in Sheets. */
export function protectSheet(env: Env, sheet: SheetModel): ProtectionImpl {
  let record = sheet.protections[0];
  if (!record) {
    record = { warningOnly: false, description: '' };
    sheet.protections.push(record);
  }
  return new ProtectionImpl(env, sheet, record);
}

/** Sheet.getProtections(type): the sheet's protection for SHEET, none for RANGE (not modelled). */
export function sheetProtections(env: Env, sheet: SheetModel, type: unknown): ProtectionImpl[] {
  if (String(type) !== 'SHEET') return [];
  return sheet.protections.map((r) => new ProtectionImpl(env, sheet, r));
}
