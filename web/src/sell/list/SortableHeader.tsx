import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { SortState } from './useListState';
import classes from './RecordTable.module.css';

interface SortableHeaderProps {
  label: string;
  field: string;
  sort: SortState;
  onSort: (sort: SortState) => void;
}

/** A column heading that sorts the list; a second press reverses the order. */
export function SortableHeader({ label, field, sort, onSort }: SortableHeaderProps) {
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        className={classes.sortButton}
        data-active={active || undefined}
        onClick={() => onSort({ field, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <Group gap={4} wrap="nowrap">
          <span>{label}</span>
          <Icon size={14} stroke={1.8} aria-hidden="true" className={classes.sortIcon} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
