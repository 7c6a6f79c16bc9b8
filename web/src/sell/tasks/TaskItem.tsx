import type { ReactNode } from 'react';
import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { useNotify } from '../../ui/useNotify';
import { useSetTaskCompleted } from './useTaskMutations';

interface TaskItemProps {
  task: Task;
  /** e.g. a link to the record the task is about. */
  context?: ReactNode;
}

/** A task with its checkbox: ticking it completes the task at once. */
export function TaskItem({ task, context }: TaskItemProps) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const notify = useNotify();
  const setCompleted = useSetTaskCompleted();
  const overdue = !task.completed && task.due_date !== null && new Date(task.due_date).getTime() < Date.now();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="task-item" data-completed={task.completed || undefined}>
      <Checkbox
        mt={2}
        checked={task.completed}
        aria-label={task.completed ? t('tasks.reopen', { task: task.content }) : t('tasks.complete', { task: task.content })}
        onChange={(event) =>
          setCompleted.mutate(
            { task, completed: event.currentTarget.checked },
            { onError: (error) => notify.error(error) },
          )
        }
      />
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        <Text size="sm" td={task.completed ? 'line-through' : undefined} c={task.completed ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {task.content}
        </Text>
        <Group gap="xs">
          {task.due_date && (
            <Badge
              size="xs"
              variant="light"
              color={overdue ? 'red' : 'gray'}
              tt="none"
              leftSection={<IconClock size={10} aria-hidden="true" />}
            >
              {overdue ? t('tasks.overdueOn', { date: format.dateTime(task.due_date) }) : format.dateTime(task.due_date)}
            </Badge>
          )}
          {context}
        </Group>
      </Stack>
    </Group>
  );
}
