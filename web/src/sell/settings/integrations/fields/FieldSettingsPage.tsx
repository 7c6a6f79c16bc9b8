import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIntegrationSettings } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { useWidgetEditor } from '../../../../integrations/sell-chat/api/useWidgetEditor';
import { chatSettingsPath } from '../../../../integrations/sell-chat/paths';
import { SettingsPageHeader } from '../../SettingsPageHeader';
import { BackLink } from '../shared/BackLink';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { SettingsLoadState } from '../shared/SettingsLoadState';
import { WidgetCard } from './WidgetCard';

/** S-19: the Lead, Person and Company widgets agents see in Chat, each edited on its own. */
export function FieldSettingsPage() {
  const { t } = useTranslation('sellChat');
  const editor = useWidgetEditor();
  const settings = useIntegrationSettings();
  const canEdit = settings.data?.canEdit ?? false;
  return (
    <>
      <BackLink to={chatSettingsPath} label={t('chatSettings.title')} />
      <SettingsPageHeader title={t('fields.title')} description={t('fields.description')} />
      {!editor.data ? (
        <SettingsLoadState error={editor.error} onRetry={() => void editor.refetch()} />
      ) : (
        <Stack gap="md">
          {settings.data && !canEdit && <ReadOnlyNotice />}
          {editor.data.widgets.map((widget) => (
            <WidgetCard key={widget.widget} widget={widget} catalogue={editor.data.catalogue[widget.widget]} canEdit={canEdit} />
          ))}
        </Stack>
      )}
    </>
  );
}
