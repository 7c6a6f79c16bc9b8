import { Checkbox, Group, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import { IconCrown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { ownerChoices, ownerRefOf, ownerValue } from './ownerValues';
import { OwnerRuleSummary } from './OwnerRuleSummary';
import { SettingBlock } from './SettingBlock';

/**
 * S-16 … S-18: users and distribution pools leads from Chat go to, whether agents may pick anyone,
 * and who owns a lead when neither applies (the topmost manager is named here).
 */
export function AssignOwnerSetting({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const save = useSaveSetting();
  const { ownerEntries, allowAnyOwner } = answer.settings;
  const data = ownerChoices(answer, {
    users: t('owner.users'),
    pools: t('owner.pools'),
    unavailable: (entry) => t('owner.unavailableOption', { name: entry.name, why: t(`owner.why.${entry.unavailable ?? 'deleted'}`) }),
  });
  return (
    <SettingBlock id="assign-owner" title={t('owner.title')} description={t('owner.description')} save={save}>
      <MultiSelect
        aria-labelledby="assign-owner"
        data={data}
        value={ownerEntries.map(ownerValue)}
        onChange={(values) => save.mutate({ ownerEntries: values.map(ownerRefOf) })}
        searchable
        clearable
        hidePickedOptions
        placeholder={ownerEntries.length === 0 ? t('owner.placeholder') : undefined}
        nothingFoundMessage={t('owner.nothingFound')}
        disabled={!answer.canEdit}
        maw={560}
        data-testid="assign-owner"
      />
      <Checkbox
        label={t('owner.allowAny')}
        description={t('owner.allowAnyDescription')}
        checked={allowAnyOwner}
        onChange={(event) => save.mutate({ allowAnyOwner: event.currentTarget.checked })}
        disabled={!answer.canEdit}
        data-testid="allow-any-owner"
      />
      <Paper radius="md" p="sm" bg="var(--mantine-color-gray-0)">
        <Stack gap={6}>
          <OwnerRuleSummary answer={answer} />
          <Group gap="xs" wrap="nowrap" data-testid="topmost-manager">
            <IconCrown size={16} color="var(--mantine-color-yellow-7)" aria-hidden="true" />
            <Text size="sm">
              {answer.topmostManager ? t('owner.topmostManager', { name: answer.topmostManager.name }) : t('owner.noTopmostManager')}
            </Text>
          </Group>
        </Stack>
      </Paper>
    </SettingBlock>
  );
}
