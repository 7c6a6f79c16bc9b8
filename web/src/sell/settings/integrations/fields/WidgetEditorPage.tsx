import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../../../app/NotFoundPage';
import type { WidgetName } from '../../../../integrations/sell-chat/api/types';
import { useIntegrationSettings } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { useWidgetEditor } from '../../../../integrations/sell-chat/api/useWidgetEditor';
import { fieldSettingsPath } from '../../../../integrations/sell-chat/paths';
import { SettingsPageHeader } from '../../SettingsPageHeader';
import { BackLink } from '../shared/BackLink';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { SettingsLoadState } from '../shared/SettingsLoadState';
import { WidgetEditor } from './WidgetEditor';

const WIDGETS: readonly WidgetName[] = ['lead', 'person', 'company'];

/** Field settings › one widget's editor. */
export function WidgetEditorPage() {
  const { t } = useTranslation('sellChat');
  const { widget: param } = useParams();
  const editor = useWidgetEditor();
  const settings = useIntegrationSettings();
  const name = WIDGETS.find((w) => w === param);
  if (!name) return <NotFoundPage />;
  const summary = editor.data?.widgets.find((w) => w.widget === name);
  const canEdit = settings.data?.canEdit ?? false;
  return (
    <>
      <BackLink to={fieldSettingsPath} label={t('fields.title')} />
      <SettingsPageHeader title={t('editor.title', { widget: t(`fields.widgets.${name}.title`) })} description={t('editor.description')} />
      <Stack gap="md">
        {settings.data && !canEdit && <ReadOnlyNotice />}
        {editor.data && summary && settings.data ? (
          <WidgetEditor widget={summary} catalogue={editor.data.catalogue[name]} canEdit={canEdit} />
        ) : (
          <SettingsLoadState error={editor.error ?? settings.error} onRetry={() => void editor.refetch()} />
        )}
      </Stack>
    </>
  );
}
