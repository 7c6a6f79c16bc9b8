import { useState } from 'react';
import { Divider, Group, Paper, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { PageHeader } from '../../ui/PageHeader';
import { sellKeys } from '../api/sellKeys';
import type { Task } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { useSellUsers } from '../data/useSellUsers';
import { FilterSelect } from '../list/FilterSelect';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ListPagination } from '../list/ListPagination';
import { AddTaskForm } from './AddTaskForm';
import { TaskItem } from './TaskItem';
import { TaskRecordLink } from './TaskRecordLink';
import { useTaskRecordNames } from './useTaskRecordNames';

type TaskView = 'open' | 'overdue' | 'completed';

const VIEW_QUERY: Record<TaskView, Record<string, string>> = {
  open: { completed: 'false', sort_by: 'due_date:asc' },
  overdue: { overdue: 'true', sort_by: 'due_date:asc' },
  completed: { completed: 'true', sort_by: 'completed_at:desc' },
};

/** Everyone's to-do list: open, overdue or done, mine or a teammate's. */
export function TasksPage() {
  const { t } = useTranslation('sell');
  const { user } = useSignedInSession();
  const api = useSellApi();
  const users = useSellUsers();
  const [view, setView] = useState<TaskView>('open');
  const [ownerId, setOwnerId] = useState<string | null>(String(user.id));
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const query = new URLSearchParams({ ...VIEW_QUERY[view], page: String(page), per_page: String(perPage) });
  if (ownerId) query.set('owner_id', ownerId);
  const tasks = useQuery({
    queryKey: sellKeys.taskList(query.toString()),
    queryFn: () => api.page<Task>(`/v2/tasks?${query}`),
    placeholderData: keepPreviousData,
  });
  const items = tasks.data?.items;
  const nameOf = useTaskRecordNames(items ?? []);

  return (
    <>
      <PageHeader title={t('tasks.pageTitle')} description={t('tasks.pageDescription')} />
      <Stack gap="md">
        <Paper withBorder radius="lg" p="md">
          <AddTaskForm />
        </Paper>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label={t('tasks.viewLabel')}
            data={(['open', 'overdue', 'completed'] as const).map((value) => ({ value, label: t(`tasks.views.${value}`) }))}
            value={view}
            onChange={(value) => {
              setView(value as TaskView);
              setPage(1);
            }}
          />
          <FilterSelect
            label={t('filters.owner')}
            placeholder={t('filters.anyOwner')}
            data={(users.data ?? []).map((candidate) => ({ value: String(candidate.id), label: candidate.name }))}
            value={ownerId ?? undefined}
            onChange={(value) => {
              setOwnerId(value);
              setPage(1);
            }}
          />
        </Group>
        {tasks.isError && <LoadErrorAlert title={t('tasks.loadFailed')} error={tasks.error} onRetry={() => void tasks.refetch()} />}
        {tasks.isPending && (
          <Paper withBorder radius="lg" p="lg">
            <Stack gap="md">
              {[70, 55, 62].map((width) => (
                <Skeleton key={width} height={16} width={`${width}%`} />
              ))}
            </Stack>
          </Paper>
        )}
        {items && items.length === 0 && (
          <EmptyStatePanel
            icon={<IconChecklist size={28} stroke={1.5} />}
            color="teal"
            title={t(`tasks.empty.${view}`)}
            description={t('tasks.emptyDescription')}
          />
        )}
        {items && items.length > 0 && (
          <Paper withBorder radius="lg" p="lg" data-testid="tasks-list" style={{ opacity: tasks.isPlaceholderData ? 0.6 : 1 }}>
            <Stack gap="sm">
              {items.map((task, index) => (
                <Stack key={task.id} gap="sm">
                  {index > 0 && <Divider />}
                  <TaskItem task={task} context={<TaskRecordLink task={task} name={nameOf(task)} />} />
                </Stack>
              ))}
            </Stack>
          </Paper>
        )}
        {tasks.data && (tasks.data.items.length > 0 || page > 1) && (
          <ListPagination
            page={page}
            perPage={perPage}
            shown={tasks.data.items.length}
            hasPrev={tasks.data.hasPrev}
            hasNext={tasks.data.hasNext}
            onPage={setPage}
            onPerPage={(value) => {
              setPerPage(value);
              setPage(1);
            }}
          />
        )}
      </Stack>
    </>
  );
}
