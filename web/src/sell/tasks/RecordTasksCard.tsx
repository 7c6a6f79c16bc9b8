import { Divider, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { SectionCard } from '../records/SectionCard';
import { AddTaskForm } from './AddTaskForm';
import { TaskItem } from './TaskItem';
import { useRecordTasks } from './useRecordTasks';

/** The record's tasks: add one, tick them off. */
export function RecordTasksCard({ resource, id }: { resource: ResourceType; id: number }) {
  const { t } = useTranslation('sell');
  const tasks = useRecordTasks(resource, id);
  const open = tasks.data?.filter((task) => !task.completed).length ?? 0;
  return (
    <SectionCard
      title={t('tasks.title')}
      testId="tasks-card"
      actions={
        tasks.data && tasks.data.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('tasks.openCount', { count: open })}
          </Text>
        ) : undefined
      }
    >
      <Stack gap="md">
        <AddTaskForm resource={resource} id={id} />
        {(tasks.isPending || tasks.isError || (tasks.data?.length ?? 0) > 0) && <Divider />}
        {tasks.isPending && <Skeleton height={20} radius="sm" width="70%" />}
        {tasks.isError && <LoadErrorAlert title={t('tasks.loadFailed')} error={tasks.error} onRetry={() => void tasks.refetch()} />}
        {tasks.data?.map((task) => <TaskItem key={task.id} task={task} />)}
      </Stack>
    </SectionCard>
  );
}
