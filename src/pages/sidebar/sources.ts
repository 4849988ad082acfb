/**
 * The other sheets a report may read with the shown one (nguồn số liệu từ nhiều trang), as the sidebar's
 * form holds them and as they go into the settings: the tiền sheet of a việc-only table (Số liệu tiền)
 * and the unit tabs to consolidate (Tổng hợp nhiều trang), with or without every officer ranked together. Pure: no DOM (tested in test/pages).
 *
 * @example
 * sourcesSettings({ sheet: 'Việc', sourcesSheet: 'Việc', tienSheet: 'Tiền', consolidateOn: false, consolidateSheets: [], consolidateOfficers: false })
 * // { tienSource: { sheet: 'Tiền', range: null }, consolidate: null }
 */
import type { ReportSettings, SidebarState } from '../../shared/rpc';

export interface SourcesForm {
  /** The sheet the server listed the candidates for; they apply only while the form shows that sheet. */
  sourcesSheet: string;
  /** The chosen tiền sheet; '' = không dùng. */
  tienSheet: string;
  /** "Tổng hợp nhiều trang" ticked (off by default). */
  consolidateOn: boolean;
  /** The unit tabs ticked (all of them by default). */
  consolidateSheets: string[];
  /** "Xếp hạng mọi chấp hành viên toàn tỉnh" ticked (off by default): a second table of every officer of the tabs. */
  consolidateOfficers: boolean;
}

/**
 * The first choices: the saved ones when the settings are for the shown sheet, else the proposed tiền
 * sheet (none when there are two candidates: the user's choice) and every unit tab ticked, consolidation off.
 */
export function sourcesFromState(state: SidebarState, saved: ReportSettings | null): SourcesForm {
  const tabs = state.sources.unitTabs.map((t) => t.sheet);
  const savedTien = saved?.tienSource?.sheet;
  return {
    sourcesSheet: state.activeSheet,
    tienSheet: savedTien !== undefined && state.sources.tien.candidates.includes(savedTien) ? savedTien : saved ? '' : state.sources.tien.proposed ?? '',
    consolidateOn: Boolean(saved?.consolidate),
    consolidateSheets: saved?.consolidate ? saved.consolidate.sheets.filter((s) => tabs.includes(s)) : tabs,
    consolidateOfficers: saved?.consolidate?.officers === true,
  };
}

/** The settings' tienSource and consolidate; both null once the form shows another sheet than the one listed for. */
export function sourcesSettings(form: SourcesForm & { sheet: string }): Pick<ReportSettings, 'tienSource' | 'consolidate'> {
  const here = form.sheet === form.sourcesSheet;
  return {
    tienSource: here && form.tienSheet !== '' && !form.consolidateOn ? { sheet: form.tienSheet, range: null } : null,
    consolidate:
      here && form.consolidateOn && form.consolidateSheets.length > 0
        ? { sheets: [...form.consolidateSheets], ...(form.consolidateOfficers ? { officers: true } : {}) }
        : null,
  };
}
