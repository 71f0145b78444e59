/** Chart options for the key-figures page, built from the same grids as its tables. */
import type { ChartOption } from '../../components/EChart';
import type { Grid } from './grid';

// Designsystemet-like accent colours, distinguishable in grey scale as well.
const PALETTE = ['#1e2b3c', '#0062ba', '#4eb6e8', '#c2185b', '#f0a202', '#068718', '#7a5bb5'];

interface BarOptions {
  stacked?: boolean;
  horizontal?: boolean;
  /** Values are percent points (0–100). */
  percent?: boolean;
  rowLabel?: (row: string) => string;
  columnLabel?: (column: string) => string;
  format?: (value: number) => string;
}

/** A bar chart: categories are the grid's rows, one series per column. */
export function barChart(grid: Grid, o: BarOptions = {}): ChartOption {
  const rowLabel = o.rowLabel ?? ((r: string) => r);
  const columnLabel = o.columnLabel ?? ((c: string) => c);
  const fmt = o.format ?? ((v: number) => String(v));
  const categoryAxis = {
    type: 'category' as const,
    data: grid.rows.map(rowLabel),
    axisLabel: { interval: 0, hideOverlap: true },
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { formatter: (v: number) => (o.percent ? `${v} %` : fmt(v)) },
  };
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? fmt(v) : String(v)),
    },
    legend: grid.columns.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: grid.columns.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    xAxis: o.horizontal ? valueAxis : categoryAxis,
    yAxis: o.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: grid.columns.map((c, i) => ({
      type: 'bar' as const,
      name: columnLabel(c),
      stack: o.stacked ? 'total' : undefined,
      data: grid.values.map((row) => row[i] ?? 0),
    })),
  };
}
