/** Developer metadata (the marks the add-on puts on its own sheets) and its finder. */
import type { MetadataRecord, SheetModel } from '../model/sheet';
import type { Env } from './env';
import { SERVICE } from './instrument';
import { sheetImpl } from './registry';

type DM = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Where a metadata record lives: the spreadsheet, or one sheet. */
export interface Owner {
  list: MetadataRecord[];
  sheet?: SheetModel;
}

export class DeveloperMetadataImpl {
  readonly [SERVICE] = 'DeveloperMetadata';
  constructor(
    private readonly env: Env,
    private readonly owner: Owner,
    private readonly record: MetadataRecord,
  ) {}
  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility(): string {
    return this.record.visibility;
  }
  setKey(key: string): this {
    this.record.key = key;
    return this;
  }
  setValue(value: string): this {
    this.record.value = value;
    return this;
  }
  getLocation(): DeveloperMetadataLocationImpl {
    return new DeveloperMetadataLocationImpl(this.env, this.owner.sheet);
  }
  remove(): void {
    const i = this.owner.list.indexOf(this.record);
    if (i >= 0) this.owner.list.splice(i, 1);
  }
}

export class DeveloperMetadataLocationImpl {
  readonly [SERVICE] = 'DeveloperMetadataLocation';
  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel | undefined,
  ) {}
  getLocationType(): string {
    return this.sheet ? 'SHEET' : 'SPREADSHEET';
  }
  getSheet(): object | null {
    return this.sheet ? sheetImpl(this.env, this.sheet) : null;
  }
  getSpreadsheet(): null {
    return null;
  }
}

export function addMetadata(env: Env, owner: Owner, key: string, value?: string | null, visibility?: unknown): DeveloperMetadataImpl {
  if (typeof key !== 'string' || key === '') throw new Error('Developer metadata key must be a non-empty string.');
  const record: MetadataRecord = {
    id: env.workbook.newMetadataId(),
    key,
    value: value === undefined || value === null ? null : String(value),
    visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
  };
  owner.list.push(record);
  return new DeveloperMetadataImpl(env, owner, record);
}

export function listMetadata(env: Env, owner: Owner): DeveloperMetadataImpl[] {
  return owner.list.map((r) => new DeveloperMetadataImpl(env, owner, r));
}

export class DeveloperMetadataFinderImpl
  implements Partial<Record<keyof GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, unknown>>
{
  readonly [SERVICE] = 'DeveloperMetadataFinder';
  private key?: string;
  private value?: string;
  private id?: number;
  private locationType?: string;
  constructor(
    private readonly env: Env,
    private readonly owners: Owner[],
  ) {}
  withKey(key: string): this {
    this.key = key;
    return this;
  }
  withValue(value: string): this {
    this.value = value;
    return this;
  }
  withId(id: number): this {
    this.id = id;
    return this;
  }
  withLocationType(locationType: unknown): this {
    this.locationType = String(locationType);
    return this;
  }
  onIntersectingLocations(): this {
    return this;
  }
  find(): DeveloperMetadataImpl[] {
    const out: DeveloperMetadataImpl[] = [];
    for (const owner of this.owners) {
      if (this.locationType && this.locationType !== (owner.sheet ? 'SHEET' : 'SPREADSHEET')) continue;
      for (const r of owner.list) {
        if (this.key !== undefined && r.key !== this.key) continue;
        if (this.value !== undefined && r.value !== this.value) continue;
        if (this.id !== undefined && r.id !== this.id) continue;
        out.push(new DeveloperMetadataImpl(this.env, owner, r));
      }
    }
    return out;
  }
}

export type { DM };
