import { Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconUserPlus, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardRefusal } from './CardRefusal';
import { useCardOptions } from './cardOptions';
import type { ChatCard, CreatedLead } from './cardTypes';
import { CreateLeadForm } from './CreateLeadForm';

type NoMatchProps = { chatId: string; noMatch: NonNullable<ChatCard['noMatch']>; onCreated: (created: CreatedLead) => void };

/** S-22: nothing in Sell matches, said plainly, with Create lead (W-2) or why the agent may not (S-26). */
export function NoMatchCard({ chatId, noMatch, onCreated }: NoMatchProps) {
  const { t } = useTranslation('sellChatCard');
  const { installationId } = useCardOptions();
  const [creating, setCreating] = useState(false);
  const offer = noMatch.createLead;
  return (
    <Stack gap="sm" data-testid="sell-card-no-match" data-reason={noMatch.reason}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color="gray" radius="xl" size={36}>
          <IconUserQuestion size={20} stroke={1.6} aria-hidden="true" />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text fw={700} size="sm">
            {t('noMatch.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`noMatch.${noMatch.reason}`)}
          </Text>
        </div>
      </Group>
      {!offer.allowed ? (
        <CardRefusal refusal={offer.reason} installationId={installationId} />
      ) : creating ? (
        <CreateLeadForm chatId={chatId} prefill={offer.prefill} owner={offer.owner} onCreated={onCreated} onCancel={() => setCreating(false)} />
      ) : (
        <Button size="xs" leftSection={<IconUserPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
          {t('createLead.button')}
        </Button>
      )}
    </Stack>
  );
}
