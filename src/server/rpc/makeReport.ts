import { isThadsError } from '../../core/errors';
import type { MakeReportResponse, ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { makeReport } from '../report/makeReport';
import { saveSettings } from '../settings/settingsStore';

/**
 * sidebarMakeReport: build the report and keep the settings for "Tạo lại báo cáo". Once the report is
 * written, settings too large to keep do not turn the answer into a failure: the report is there, and
 * the message says that "Tạo lại báo cáo" will not have these settings.
 */
export function makeReportRpc(port: SheetsPort, request: ReportSettings): MakeReportResponse {
  const response = makeReport(port, request);
  if (!response.ok) return response;
  try {
    saveSettings(port, request);
  } catch (e) {
    if (!isThadsError(e)) throw e;
    return { ...response, message: `${response.message} Chưa lưu được thiết lập (${e.message}).` };
  }
  return response;
}
