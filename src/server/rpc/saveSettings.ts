import type { ReportSettings, SaveSettingsResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { saveSettings } from '../settings/settingsStore';
import { underDocumentLock } from '../underDocumentLock';

/** sidebarSaveSettings: keep the settings for this document ("Tạo lại báo cáo" uses them), under the document lock. */
export function saveSettingsRpc(port: SheetsPort, request: ReportSettings): SaveSettingsResponse {
  return underDocumentLock(port, () => ({ ok: true, settings: saveSettings(port, request) }));
}
