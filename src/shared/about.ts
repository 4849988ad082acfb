/**
 * What the sidebar's help panel says about the add-on (giới thiệu): its version and what each custom
 * function does. Both are written into the sidebar by the build (scripts/build.ts, from package.json
 * and the function registry), never kept here a second time.
 */
export interface FunctionHelp {
  /** "THADS_RATE(fully_enforced, enforceable, [terminated])" */
  signature: string;
  /** 'cell' (từng ô), 'column' (cả cột), 'table' (cả bảng). */
  mode: 'cell' | 'column' | 'table';
  vi: string;
  en: string;
  example: string;
}

export interface About {
  version: string;
  functions: FunctionHelp[];
}
