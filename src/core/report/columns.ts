import type { MeasureIndicators, UnitIndicators } from '../indicators/types';
import type { Measure, Period } from '../types';
import { FORMAT, type ReportCell, type ReportColumn } from './types';

/** The gap cells of a unit without a target say so instead of staying blank. */
export const NO_TARGET = 'chưa có chỉ tiêu';

/** A column and how it is filled for a unit row and for the totals row. */
export interface ColumnDef extends ReportColumn {
  unit: (u: UnitIndicators, index: number) => ReportCell;
  /** The totals row's cell, when it differs from what `unit` gives for it. */
  total?: (t: UnitIndicators) => ReportCell;
}

/** What the data holds decides which optional columns appear. */
export interface ColumnChoice {
  period: Period;
  /** Comparison data was given: year-over-year and backlog-reduction columns. */
  previous: boolean;
  /** Officer counts were found: workload column. */
  officers: boolean;
  /** Grading rules are set: grade column. */
  grades: boolean;
}

const MEASURE_VI: Record<Measure, string> = { viec: 'việc', tien: 'tiền' };

/**
 * The per-unit table's columns (các cột của bảng báo cáo). The header row always holds "Đơn vị",
 * "Tỷ lệ việc", "Tỷ lệ tiền" and "Xếp hạng"; progress gaps appear mid-year only (at 12 months they
 * equal the gaps), year over year only with comparison data, the grade only with grading rules.
 *
 * @example reportColumns({ period: { year: 2020, month: 12 }, previous: false, officers: false, grades: false })
 *   .map((c) => c.header) // ["STT", "Đơn vị", "Có điều kiện (việc)", …, "Xếp hạng"]
 */
export function reportColumns(choice: ColumnChoice): ColumnDef[] {
  const columns: ColumnDef[] = [
    { key: 'index', header: 'STT', format: FORMAT.count, unit: (_u, i) => i + 1, total: () => '' },
    { key: 'label', header: 'Đơn vị', format: FORMAT.text, unit: (u) => u.label, total: () => 'Tổng cộng' },
  ];
  for (const m of ['viec', 'tien'] as const) {
    const unitWord = m === 'viec' ? 'việc' : 'đồng';
    columns.push(
      {
        key: `${m}.enforceable`,
        header: `Có điều kiện (${unitWord})`,
        format: m === 'viec' ? FORMAT.count : FORMAT.money,
        unit: (u) => num(u[m].enforceable),
      },
      {
        key: `${m}.completed`,
        header: `Giải quyết xong (${unitWord})`,
        format: m === 'viec' ? FORMAT.count : FORMAT.money,
        unit: (u) => num(u[m].completed),
      },
      {
        key: `${m}.rate`,
        header: `Tỷ lệ ${MEASURE_VI[m]}`,
        format: FORMAT.rate,
        colour: { kind: 'rate', targetKey: `${m}.target` },
        unit: (u) => num(u[m].rate),
      },
      {
        key: `${m}.target`,
        header: `Chỉ tiêu ${MEASURE_VI[m]}`,
        format: FORMAT.rate,
        unit: (u) => (u[m].target === null ? NO_TARGET : u[m].target),
        total: (t) => num(t[m].target),
      },
      {
        key: `${m}.gap`,
        header: `Vượt/thiếu chỉ tiêu ${MEASURE_VI[m]}`,
        format: FORMAT.points,
        colour: { kind: 'gap' },
        unit: (u) => gapCell(u[m], u[m].gap),
        total: (t) => num(t[m].gap),
      },
    );
    if (choice.period.month < 12) {
      columns.push({
        key: `${m}.progressGap`,
        header: `Vượt/thiếu tiến độ ${MEASURE_VI[m]}`,
        format: FORMAT.points,
        colour: { kind: 'gap' },
        unit: (u) => gapCell(u[m], u[m].progressGap),
        total: (t) => num(t[m].progressGap),
      });
    }
    if (choice.previous) {
      columns.push({
        key: `${m}.rateChange`,
        header: `Tỷ lệ ${MEASURE_VI[m]} so với cùng kỳ`,
        format: FORMAT.points,
        unit: (u) => num(u[m].rateChange),
        total: () => '',
      });
      columns.push({
        key: `${m}.completedChange`,
        header: `Giải quyết xong so với cùng kỳ (${unitWord})`,
        format: FORMAT.change,
        unit: (u) => num(u[m].completedChange),
        total: () => '',
      });
    }
  }
  columns.push(
    {
      key: 'viec.backlog',
      header: 'Chuyển kỳ sau (việc)',
      format: FORMAT.count,
      unit: (u) => num(u.viec.backlog),
    },
    {
      key: 'viec.enforceableBacklog',
      header: 'Có điều kiện chuyển kỳ sau (việc)',
      format: FORMAT.count,
      unit: (u) => num(u.viec.enforceableBacklog),
    },
    {
      key: 'tien.backlog',
      header: 'Chuyển kỳ sau (đồng)',
      format: FORMAT.money,
      unit: (u) => num(u.tien.backlog),
    },
  );
  if (choice.previous) {
    columns.push({
      key: 'viec.backlogReduction',
      header: 'Giảm án tồn (việc)',
      format: FORMAT.rate,
      unit: (u) => num(u.viec.backlogReduction),
      total: () => '',
    });
  }
  if (choice.officers) {
    columns.push({
      key: 'workloadTotal',
      header: 'Thụ lý bình quân/CHV (việc)',
      format: FORMAT.ratio,
      unit: (u) => num(u.workloadTotal),
      
    });
  }
  columns.push(
    {
      key: 'targetsMet',
      header: 'Đạt chỉ tiêu',
      format: FORMAT.text,
      unit: (u) => (u.targetsSet > 0 ? `${u.targetsMet}/${u.targetsSet}` : NO_TARGET),
      total: () => '',
    },
    {
      key: 'rank',
      header: 'Xếp hạng',
      format: FORMAT.text,
      unit: (u) => (u.rank !== null && u.rankOf !== null ? `${u.rank}/${u.rankOf}` : 'không xếp hạng'),
      total: () => '',
    },
  );
  if (choice.grades) {
    columns.push({ key: 'grade', header: 'Xếp loại', format: FORMAT.text, unit: (u) => u.grade ?? '', total: () => '' });
  }
  return columns;
}

function num(v: number | null | undefined): ReportCell {
  return v === null || v === undefined ? '' : v;
}

function gapCell(m: MeasureIndicators, gap: number | null): ReportCell {
  if (m.target === null) return NO_TARGET;
  return num(gap);
}
