import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '../api/types';
import { ListEmptyState } from './ListEmptyState';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ListPagination } from './ListPagination';
import { ListSearchInput } from './ListSearchInput';
import { ListToolbar } from './ListToolbar';
import { RecordTable, type RecordColumn } from './RecordTable';
import type { useListState } from './useListState';

export interface RecordListLabels {
  title: string;
  search: string;
  searchPlaceholder: string;
  loadFailed: string;
  emptyTitle: string;
  emptyDescription: string;
}

interface RecordListSectionProps<T extends { id: number }> {
  list: ReturnType<typeof useListState>;
  query: UseQueryResult<Page<T>>;
  columns: RecordColumn<T>[];
  filters: ReactNode;
  labels: RecordListLabels;
  emptyIcon: ReactNode;
  addButton: ReactNode;
  hrefOf: (row: T) => string;
  testId: string;
}

/** Search, filters, the table (or its empty and error states) and paging: the body of every record list. */
export function RecordListSection<T extends { id: number }>({
  list,
  query,
  columns,
  filters,
  labels,
  emptyIcon,
  addButton,
  hrefOf,
  testId,
}: RecordListSectionProps<T>) {
  const { state } = list;
  const filtered = Boolean(state.q) || Object.keys(state.filters).length > 0;
  return (
    <Stack gap="md">
      <ListToolbar
        search={<ListSearchInput value={state.q} onSearch={list.setQ} label={labels.search} placeholder={labels.searchPlaceholder} />}
        filters={filters}
        filtered={filtered}
        onClear={list.clearFilters}
      />
      {query.isError ? (
        <LoadErrorAlert title={labels.loadFailed} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <RecordTable
          label={labels.title}
          testId={testId}
          columns={columns}
          rows={query.data?.items}
          loading={query.isPending}
          refreshing={query.isPlaceholderData}
          sort={state.sort}
          onSort={list.setSort}
          hrefOf={hrefOf}
          empty={
            <ListEmptyState
              filtered={filtered || state.page > 1}
              icon={emptyIcon}
              title={labels.emptyTitle}
              description={labels.emptyDescription}
              action={addButton}
              onClearFilters={list.clearFilters}
            />
          }
        />
      )}
      {query.data && (query.data.items.length > 0 || state.page > 1) && (
        <ListPagination
          page={state.page}
          perPage={state.perPage}
          shown={query.data.items.length}
          hasPrev={query.data.hasPrev}
          hasNext={query.data.hasNext}
          onPage={list.setPage}
          onPerPage={list.setPerPage}
        />
      )}
    </Stack>
  );
}
