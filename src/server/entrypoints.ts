/**
 * Every server function Apps Script must see as a top-level declaration: triggers, menu actions
 * and the functions the sidebar calls. The build generates one stub per entry, delegating to the
 * bundle; the sidebar's typed client is checked against the same names.
 */
import { RPC_NAMES } from '../shared/rpc';
import { appsScriptPort } from './gas/sheetsPort';
import { onInstall, onOpen, remakeReport, showHelp, showSidebar } from './menu';
import { createGradeSheet, createTargetsSheet, createUnitMappingSheet, detect, getState, makeReportRpc, saveSettingsRpc, setLanguage } from './rpc/index';
import { closePeriod, removeClose } from './rpc/closePeriod';
import { rpc } from './rpc/validate';

export interface EntryPoint {
  /** Top-level name; must not end in "_" (Apps Script would make it private). */
  name: string;
  kind: 'trigger' | 'menu' | 'rpc';
  /** Vietnamese description, written into the stub's JSDoc. */
  description: string;
  /** Parameter names of the stub. */
  params: string[];
  fn: (...args: any[]) => unknown;
}

/** Each sidebar function validates its one argument, then runs over the Apps Script port. */
const onPort =
  (handler: (port: ReturnType<typeof appsScriptPort>, request: unknown) => unknown) =>
  (request: unknown) =>
    handler(appsScriptPort(), request);

export const entrypoints: EntryPoint[] = [
  { name: 'onOpen', kind: 'trigger', description: 'Tạo menu tiện ích khi mở bảng tính.', params: ['e'], fn: onOpen },
  { name: 'onInstall', kind: 'trigger', description: 'Tạo menu tiện ích khi vừa cài đặt.', params: ['e'], fn: onInstall },
  { name: 'showSidebar', kind: 'menu', description: 'Mở bảng điều khiển.', params: [], fn: showSidebar },
  { name: 'remakeReport', kind: 'menu', description: 'Tạo lại báo cáo với thiết lập đã lưu.', params: [], fn: remakeReport },
  { name: 'showHelp', kind: 'menu', description: 'Hướng dẫn sử dụng.', params: [], fn: showHelp },
  {
    name: RPC_NAMES.getState,
    kind: 'rpc',
    description: 'Bảng điều khiển: trạng thái bảng tính, bảng số liệu nhận diện được, thiết lập đã lưu.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.getState, getState)),
  },
  {
    name: RPC_NAMES.detect,
    kind: 'rpc',
    description: 'Bảng điều khiển: nhận diện lại bảng số liệu với cách gán cột của người dùng.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.detect, detect)),
  },
  {
    name: RPC_NAMES.saveSettings,
    kind: 'rpc',
    description: 'Bảng điều khiển: lưu thiết lập báo cáo cho bảng tính này.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.saveSettings, saveSettingsRpc)),
  },
  {
    name: RPC_NAMES.createTargetsSheet,
    kind: 'rpc',
    description: 'Bảng điều khiển: tạo trang Chỉ tiêu (một lần) hoặc thêm đơn vị còn thiếu.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.createTargetsSheet, createTargetsSheet)),
  },
  {
    name: RPC_NAMES.createGradeSheet,
    kind: 'rpc',
    description: 'Bảng điều khiển: tạo trang Xếp loại (một lần), điền sẵn bảng xếp loại năm 2015.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.createGradeSheet, createGradeSheet)),
  },
  {
    name: RPC_NAMES.createUnitMappingSheet,
    kind: 'rpc',
    description: 'Bảng điều khiển: tạo trang Đối chiếu đơn vị (một lần), điền sẵn các đơn vị hai năm chưa ghép được.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.createUnitMappingSheet, createUnitMappingSheet)),
  },
  {
    name: RPC_NAMES.makeReport,
    kind: 'rpc',
    description: 'Bảng điều khiển: tạo trang báo cáo theo kỳ.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.makeReport, makeReportRpc)),
  },
  {
    name: RPC_NAMES.setLanguage,
    kind: 'rpc',
    description: 'Bảng điều khiển: ghi nhớ ngôn ngữ người dùng chọn (riêng từng người dùng).',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.setLanguage, setLanguage)),
  },
  {
    name: RPC_NAMES.closePeriod,
    kind: 'rpc',
    description: 'Bảng điều khiển: chốt số liệu kỳ của báo cáo vào trang ẩn của tiện ích.',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.closePeriod, (port, request) => closePeriod(port, request))),
  },
  {
    name: RPC_NAMES.removeClose,
    kind: 'rpc',
    description: 'Bảng điều khiển: xóa một lần chốt số liệu (người dùng đã xác nhận).',
    params: ['request'],
    fn: onPort(rpc(RPC_NAMES.removeClose, removeClose)),
  },
];
