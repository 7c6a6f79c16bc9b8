import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';

/** Who owns a lead made in Chat under the current choices (S-16 … S-18, O-3), in one sentence. */
export function OwnerRuleSummary({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const { ownerEntries, allowAnyOwner } = answer.settings;
  const entries = ownerEntries.filter((entry) => entry.unavailable === null);
  let sentence: string;
  if (allowAnyOwner) sentence = entries.length > 0 ? t('owner.rule.anyWithEntries') : t('owner.rule.any');
  else if (entries.length === 1) sentence = entries[0]!.kind === 'pool' ? t('owner.rule.onePool', { name: entries[0]!.name }) : t('owner.rule.oneUser', { name: entries[0]!.name });
  else if (entries.length > 1) sentence = t('owner.rule.pick', { count: entries.length });
  else if (answer.ownerDefault.rule === 'creating_agent') sentence = t('owner.rule.creatingAgent');
  else sentence = t('owner.rule.topmostManager', { name: answer.ownerDefault.name ?? answer.topmostManager?.name ?? '' });
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="owner-rule">
      <ThemeIcon size={20} variant="light" color="indigo" radius="xl">
        <IconInfoCircle size={14} aria-hidden="true" />
      </ThemeIcon>
      <Text size="sm">{sentence}</Text>
    </Group>
  );
}
