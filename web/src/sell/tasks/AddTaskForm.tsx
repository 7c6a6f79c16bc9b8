import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { useNotify } from '../../ui/useNotify';
import { isApiError } from '../../ui/ApiError';
import { useCreateTask } from './useTaskMutations';

interface AddTaskFormProps {
  /** The record the task is about; none makes a task of its own. */
  resource?: ResourceType;
  id?: number;
}

/** What to do and, if it matters, by when. */
export function AddTaskForm({ resource, id }: AddTaskFormProps) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const createTask = useCreateTask();
  const [content, setContent] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!content.trim()) {
          setError(t('tasks.contentRequired'));
          return;
        }
        createTask.mutate(
          {
            content: content.trim(),
            due_date: due ? new Date(due).toISOString() : null,
            ...(resource && id ? { resource_type: resource, resource_id: id } : {}),
          },
          {
            onSuccess: () => {
              setContent('');
              setDue('');
              setError(null);
            },
            onError: (failure) => {
              const message = isApiError(failure) ? failure.fields[0]?.message : undefined;
              if (message) setError(message);
              else notify.error(failure);
            },
          },
        );
      }}
    >
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          aria-label={t('tasks.newTask')}
          placeholder={t('tasks.newTaskPlaceholder')}
          value={content}
          onChange={(event) => {
            setContent(event.currentTarget.value);
            if (error) setError(null);
          }}
          error={error}
          style={{ flex: 1, minWidth: 180 }}
        />
        <TextInput
          aria-label={t('tasks.dueDate')}
          type="datetime-local"
          value={due}
          onChange={(event) => setDue(event.currentTarget.value)}
          w={200}
        />
        <Button type="submit" variant="light" loading={createTask.isPending} leftSection={<IconPlus size={16} aria-hidden="true" />}>
          {t('tasks.add')}
        </Button>
      </Group>
    </form>
  );
}
