import type { ReportSettings, SaveSettingsResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { saveSettings } from '../settings/settingsStore';

/** sidebarSaveSettings: keep the settings for this document ("Tạo lại báo cáo" uses them). */
export function saveSettingsRpc(port: SheetsPort, request: ReportSettings): SaveSettingsResponse {
  return { ok: true, settings: saveSettings(port, request) };
}
