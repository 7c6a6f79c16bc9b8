import { useEffect } from 'react';
import { Button, Divider, Stack } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ElementStatusMark } from '../../../../integrations/sell-chat/ElementStatusMark';
import { useIntegrationSettings } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { integrationsPath, readAuditPath } from '../../../../integrations/sell-chat/paths';
import { usePrerequisites } from '../../../../integrations/sell-chat/usePrerequisites';
import { SettingsPageHeader } from '../../SettingsPageHeader';
import { PrerequisiteFailures } from '../overview/PrerequisiteFailures';
import { AppElementAction } from '../shared/AppElementAction';
import { BackLink } from '../shared/BackLink';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { SettingsLoadState } from '../shared/SettingsLoadState';
import { AccessModeSetting } from './AccessModeSetting';
import { AssignOwnerSetting } from './AssignOwnerSetting';
import { AssignSourceSetting } from './AssignSourceSetting';
import { AssignStatusSetting } from './AssignStatusSetting';
import { EnableIntegrationAlert } from './EnableIntegrationAlert';
import { FieldSettingsSummary } from './FieldSettingsSummary';
import { OfflineLeadsSetting } from './OfflineLeadsSetting';
import { PastChatsSetting } from './PastChatsSetting';
import { SettingsSection } from './SettingsSection';
import { SettingsWarnings } from './SettingsWarnings';

/** Integrations › Chat › Settings: everything S-8 … S-21 lets an admin choose, each saved as it changes. */
export function ChatSettingsPage() {
  const { t } = useTranslation('sellChat');
  const answer = useIntegrationSettings();
  const { prerequisites } = usePrerequisites();
  const { hash } = useLocation();
  const loaded = Boolean(answer.data);

  // Links to one section (#past-chats) land on it once the page is there.
  useEffect(() => {
    if (loaded && hash) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);

  const data = answer.data;
  const installed = (state: string) => (state === 'not_installed' ? t('sections.notInstalled') : t('sections.installed'));
  return (
    <>
      <BackLink to={integrationsPath} label={t('integrations.title')} />
      <SettingsPageHeader title={t('chatSettings.title')} description={t('chatSettings.description')} />
      {!data ? (
        <SettingsLoadState error={answer.error} onRetry={() => void answer.refetch()} />
      ) : (
        <Stack gap="md">
          {!data.canEdit && <ReadOnlyNotice />}
          <PrerequisiteFailures failures={prerequisites?.accountWide ?? []} title={t('prerequisites.accountTitle')} />
          <EnableIntegrationAlert answer={data} blocked={(prerequisites?.accountWide.length ?? 0) > 0} />
          <SettingsWarnings answer={data} />

          <SettingsSection
            id="sell-app-in-chat"
            title={t('sections.sellAppInChat', { state: installed(data.elements.sellAppInChat.state) })}
            description={t('elements.sellAppInChat.description')}
            mark={<ElementStatusMark status={data.elements.sellAppInChat} />}
            action={<AppElementAction element="sellAppInChat" status={data.elements.sellAppInChat} />}
          >
            {data.elements.sellAppInChat.state === 'not_installed' && (
              <PrerequisiteFailures failures={prerequisites?.sellAppInChat ?? []} title={t('prerequisites.installTitle', { app: t('elements.sellAppInChat.name') })} />
            )}
            <AccessModeSetting answer={data} />
            <Divider variant="dashed" />
            <AssignStatusSetting answer={data} />
            <Divider variant="dashed" />
            <AssignSourceSetting answer={data} />
            <Divider variant="dashed" />
            <AssignOwnerSetting answer={data} />
            <Divider variant="dashed" />
            <OfflineLeadsSetting answer={data} />
            <Divider variant="dashed" />
            <FieldSettingsSummary answer={data} />
          </SettingsSection>

          <SettingsSection
            id="chat-app-in-sell"
            title={t('sections.chatAppInSell', { state: installed(data.elements.chatAppInSell.state) })}
            description={t('elements.chatAppInSell.description')}
            mark={<ElementStatusMark status={data.elements.chatAppInSell} />}
            action={<AppElementAction element="chatAppInSell" status={data.elements.chatAppInSell} />}
          >
            {data.elements.chatAppInSell.state === 'not_installed' && (prerequisites?.chatAppInSell.length ?? 0) > 0 && (
              <PrerequisiteFailures failures={prerequisites!.chatAppInSell} title={t('prerequisites.installTitle', { app: t('elements.chatAppInSell.name') })} />
            )}
          </SettingsSection>

          <PastChatsSetting answer={data} />

          <SettingsSection
            id="read-audit"
            title={t('audit.title')}
            description={t('audit.summary')}
            action={
              <Button component={Link} to={readAuditPath} variant="default" leftSection={<IconListSearch size={16} aria-hidden="true" />} style={{ flexShrink: 0 }}>
                {t('audit.open')}
              </Button>
            }
          />
        </Stack>
      )}
    </>
  );
}
