import type { ReactNode } from 'react';
import { Paper, Skeleton, Table } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { SortableHeader } from './SortableHeader';
import type { SortState } from './useListState';
import classes from './RecordTable.module.css';

export interface RecordColumn<T> {
  key: string;
  label: string;
  /** The API's sort field, when the column can be sorted. */
  sortField?: string;
  render: (row: T) => ReactNode;
}

interface RecordTableProps<T extends { id: number }> {
  label: string;
  columns: RecordColumn<T>[];
  rows: T[] | undefined;
  loading: boolean;
  /** True while a newer page is on its way (the old rows stay, dimmed). */
  refreshing: boolean;
  sort: SortState;
  onSort: (sort: SortState) => void;
  hrefOf: (row: T) => string;
  /** Shown instead of rows when the page is empty. */
  empty: ReactNode;
  testId: string;
}

const SKELETON_ROWS = 6;

/**
 * A list of records: sortable headings, skeleton rows while loading, and rows that open the record
 * (the first cell holds a real link, so the keyboard reaches every record too).
 */
export function RecordTable<T extends { id: number }>({
  label,
  columns,
  rows,
  loading,
  refreshing,
  sort,
  onSort,
  hrefOf,
  empty,
  testId,
}: RecordTableProps<T>) {
  const navigate = useNavigate();
  if (!loading && rows?.length === 0) return <>{empty}</>;
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={880} type="native">
        <Table
          className={classes.table}
          highlightOnHover
          verticalSpacing="sm"
          aria-label={label}
          aria-busy={loading || refreshing || undefined}
          data-testid={loading ? undefined : testId}
          style={{ opacity: refreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              {columns.map((column) =>
                column.sortField ? (
                  <SortableHeader key={column.key} label={column.label} field={column.sortField} sort={sort} onSort={onSort} />
                ) : (
                  <Table.Th key={column.key}>{column.label}</Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading &&
              Array.from({ length: SKELETON_ROWS }, (_, index) => (
                <Table.Tr key={`skeleton-${index}`}>
                  {columns.map((column, cell) => (
                    <Table.Td key={column.key}>
                      <Skeleton height={14} radius="sm" width={cell === 0 ? '75%' : '55%'} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            {!loading &&
              rows?.map((row) => (
                <Table.Tr
                  key={row.id}
                  className={classes.row}
                  data-record-id={row.id}
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a, button, input, [role="menu"]')) return;
                    navigate(hrefOf(row));
                  }}
                >
                  {columns.map((column) => (
                    <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
