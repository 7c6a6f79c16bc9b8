import { useState, type ReactNode } from 'react';
import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { SectionCard } from './SectionCard';

interface AddableListCardProps<T> {
  title: string;
  testId: string;
  list: UseQueryResult<T[]>;
  /** Each entry, with its own key. */
  renderItem: (item: T) => ReactNode;
  addLabel: string;
  /** The form that adds one, shown above the list; `done` puts it away. */
  addForm: (done: () => void) => ReactNode;
  loadFailed: string;
  empty: string;
  /** How wide the line standing in for the list while it loads is. */
  skeletonWidth: string;
}

/** A record page card listing the people tied to the record, with a button that opens a form to add one. */
export function AddableListCard<T>({ title, testId, list, renderItem, addLabel, addForm, loadFailed, empty, skeletonWidth }: AddableListCardProps<T>) {
  const [adding, setAdding] = useState(false);
  return (
    <SectionCard
      title={title}
      testId={testId}
      actions={
        !adding && (
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {addLabel}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && addForm(() => setAdding(false))}
        {list.isPending && <Skeleton height={16} width={skeletonWidth} />}
        {list.isError && <LoadErrorAlert title={loadFailed} error={list.error} onRetry={() => void list.refetch()} />}
        {list.data?.length === 0 && !adding && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {list.data?.map(renderItem)}
      </Stack>
    </SectionCard>
  );
}
