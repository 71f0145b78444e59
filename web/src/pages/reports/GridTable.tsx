import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ScrollBox } from '../../components/ScrollBox';
import type { Grid } from './grid';

interface Props {
  grid: Grid;
  caption: string;
  rowHeader: string;
  rowLabel?: (row: string) => ReactNode;
  columnLabel?: (column: string) => string;
  cell: (value: number | null, row: string, column: string) => ReactNode;
  testId?: string;
}

/** A report table: a header column of row labels, numbers right-aligned, a "total" row in bold. */
export function GridTable({ grid, caption, rowHeader, rowLabel, columnLabel, cell, testId }: Props) {
  return (
    <ScrollBox label={caption} className="kassa-report-scroll">
      <Table zebra data-size="sm" data-testid={testId} className="kassa-report-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{rowHeader}</Table.HeaderCell>
            {grid.columns.map((c) => (
              <Table.HeaderCell key={c} className="kassa-num">
                {columnLabel ? columnLabel(c) : c}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {grid.rows.map((r, ri) => {
            const values = grid.values[ri] ?? [];
            return (
              <Table.Row key={r} className={r === 'total' ? 'kassa-total-row' : undefined}>
                <Table.HeaderCell scope="row">{rowLabel ? rowLabel(r) : r}</Table.HeaderCell>
                {grid.columns.map((c, ci) => (
                  <Table.Cell key={c} className="kassa-num">
                    {cell(values[ci] ?? null, r, c)}
                  </Table.Cell>
                ))}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollBox>
  );
}
