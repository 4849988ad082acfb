/** exceljs is CommonJS; loaded through require so it works under tsx, vitest and plain node. */
import { createRequire } from 'node:module';

export const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
