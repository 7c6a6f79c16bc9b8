import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconNote } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../../ui/useApiErrorMessage';
import { CardRefusal } from './CardRefusal';
import type { CardMatch, NoteForRepAnswer, NoteForRepInput } from './cardTypes';
import { useCardOptions } from './cardOptions';
import { refusalOf } from './refusalOf';
import { useNoteForRep } from './useCardMutations';

type Target = Pick<NoteForRepInput, 'recordType' | 'recordId'> & { name: string };

const MAX_NOTE = 10_000;

function targetsOf(match: CardMatch): Target[] {
  return [
    { recordType: match.record.type, recordId: match.record.id, name: match.record.name },
    ...match.deals.map((deal) => ({ recordType: 'deal' as const, recordId: deal.id, name: deal.name })),
  ];
}

const keyOf = (target: Pick<Target, 'recordType' | 'recordId'>) => `${target.recordType}:${target.recordId}`;

/** W-3: a note on the matched record (or one of its deals) that its owner is told about. */
export function NoteForRep({ chatId, match }: { chatId: string; match: CardMatch }) {
  const { t } = useTranslation('sellChatCard');
  const errorMessage = useApiErrorMessage();
  const note = useNoteForRep(chatId);
  const { installationId } = useCardOptions();
  const refusal = refusalOf(note.error);
  const targets = targetsOf(match);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [target, setTarget] = useState(keyOf(targets[0]!));
  const [sent, setSent] = useState<{ answer: NoteForRepAnswer; name: string } | null>(null);
  const chosen = targets.find((candidate) => keyOf(candidate) === target) ?? targets[0]!;

  const send = () => {
    if (!text.trim()) return;
    note.mutate(
      { recordType: chosen.recordType, recordId: chosen.recordId, content: text.trim() },
      {
        onSuccess: (answer) => {
          setSent({ answer, name: chosen.name });
          setText('');
          setOpen(false);
        },
      },
    );
  };

  if (!open) {
    return (
      <Stack gap="xs">
        {sent && (
          <Alert variant="light" color="teal" radius="md" icon={<IconCheck size={16} aria-hidden="true" />} p="xs" data-testid="note-for-rep-sent">
            <Text size="xs">
              {sent.answer.notified
                ? t('note.sentNotified', { record: sent.name, name: sent.answer.notified.name })
                : t('note.sent', { record: sent.name })}
            </Text>
          </Alert>
        )}
        <Button
          variant="default"
          size="xs"
          leftSection={<IconNote size={16} aria-hidden="true" />}
          onClick={() => {
            setSent(null);
            note.reset();
            setOpen(true);
          }}
        >
          {t('note.button')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack
      gap="xs"
      component="form"
      data-testid="note-for-rep"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {targets.length > 1 && (
        <Select
          size="xs"
          label={t('note.target')}
          data={targets.map((candidate) => ({
            value: keyOf(candidate),
            label: candidate.recordType === 'deal' ? t('note.dealTarget', { name: candidate.name }) : candidate.name,
          }))}
          value={target}
          onChange={(value) => value && setTarget(value)}
          allowDeselect={false}
        />
      )}
      <Textarea
        label={t('note.label')}
        description={t('note.description')}
        placeholder={t('note.placeholder')}
        autosize
        minRows={3}
        maxRows={8}
        maxLength={MAX_NOTE}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={note.isError && !refusal ? errorMessage(note.error) : undefined}
        data-autofocus
        autoFocus
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            send();
          }
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      {refusal && <CardRefusal refusal={refusal} installationId={refusal.installationId ?? installationId} />}
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('note.cancel')}
        </Button>
        <Button size="xs" type="submit" loading={note.isPending} disabled={!text.trim()}>
          {t('note.send')}
        </Button>
      </Group>
    </Stack>
  );
}
