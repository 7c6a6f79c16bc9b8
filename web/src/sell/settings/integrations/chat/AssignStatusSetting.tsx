import { Anchor, Select, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { SettingBlock } from './SettingBlock';

/** S-14: the status leads made in Chat get; until one is chosen, the list's default (O-2). */
export function AssignStatusSetting({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const save = useSaveSetting();
  const statuses = answer.choices?.statuses ?? [];
  const current = answer.settings.assignStatusId;
  return (
    <SettingBlock
      id="assign-status"
      title={t('assignStatus.title')}
      description={
        <Trans
          t={t}
          i18nKey="assignStatus.description"
          components={{ statusesLink: <Anchor component={Link} to="/sell/settings/lead-statuses" size="sm" /> }}
        />
      }
      save={save}
    >
      <Select
        aria-labelledby="assign-status"
        data={statuses.map((status) => ({
          value: String(status.id),
          label: status.isDefault ? t('assignStatus.defaultOption', { name: status.name }) : status.name,
        }))}
        value={current === null ? (answer.assignStatus ? String(answer.assignStatus.id) : null) : String(current)}
        onChange={(value) => value && Number(value) !== current && save.mutate({ assignStatusId: Number(value) })}
        allowDeselect={false}
        disabled={!answer.canEdit}
        maw={360}
        data-testid="assign-status"
      />
      {answer.assignStatus?.usesDefault && (
        <Text size="xs" c="dimmed">
          {t('assignStatus.usingDefault', { name: answer.assignStatus.name })}
        </Text>
      )}
    </SettingBlock>
  );
}
