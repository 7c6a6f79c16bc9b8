import { useState } from 'react';
import { Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Note, ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { refreshFeeds } from '../records/refreshFeeds';
import { useNotify } from '../../ui/useNotify';
import { isApiError } from '../../ui/ApiError';

/** Adds a note to the record, right above its feed; Ctrl+Enter (⌘+Enter) saves. */
export function NoteComposer({ resource, id }: { resource: ResourceType; id: number }) {
  const { t } = useTranslation('sell');
  const api = useSellApi();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [content, setContent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const addNote = useMutation({
    mutationFn: (text: string) => api.create<Note>('/v2/notes', { content: text, resource_type: resource, resource_id: id }),
    onSuccess: () => {
      setContent('');
      refreshFeeds(queryClient);
      notify.success(t('notes.added'));
    },
    onError: (failure) => {
      const message = isApiError(failure) ? failure.fields[0]?.message : undefined;
      if (message) setError(message);
      else notify.error(failure);
    },
  });
  const save = () => {
    if (!content.trim()) {
      setError(t('notes.empty'));
      return;
    }
    setError(null);
    addNote.mutate(content.trim());
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={t('notes.label')}
        placeholder={t('notes.placeholder')}
        value={content}
        onChange={(event) => {
          setContent(event.currentTarget.value);
          if (error) setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
        error={error}
        autosize
        minRows={2}
        maxRows={8}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('notes.shortcut')}
        </Text>
        <Button size="xs" onClick={save} loading={addNote.isPending}>
          {t('notes.add')}
        </Button>
      </Group>
    </Stack>
  );
}
