import type { MakeReportResponse, ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { makeReport } from '../report/makeReport';
import { saveSettings } from '../settings/settingsStore';

/**
 * sidebarMakeReport: build the report and keep the settings for "Tạo lại báo cáo" — saved once, by the
 * server, under the same document lock as the report. Settings that cannot be kept do not turn the answer
 * into a failure: the report is there, and the message says (in Vietnamese) that they were not saved.
 */
export function makeReportRpc(port: SheetsPort, request: ReportSettings): MakeReportResponse {
  return makeReport(port, request, { thenUnderLock: () => void saveSettings(port, request) });
}
