import { Badge, Button, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMessageChatbot, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { chatSettingsPath } from '../../../../integrations/sell-chat/paths';
import type { Prerequisites } from '../../../../integrations/sell-chat/usePrerequisites';
import { AppElementAction } from '../shared/AppElementAction';
import { EnableIntegrationButton } from '../shared/EnableIntegrationButton';
import { ElementRow } from './ElementRow';
import { PrerequisiteFailures } from './PrerequisiteFailures';

/** S-7: the Chat integration on the Integrations page, with Enable, and each element's mark (S-11). */
export function ChatIntegrationCard({ answer, prerequisites }: { answer: SettingsAnswer; prerequisites: Prerequisites | null }) {
  const { t } = useTranslation('sellChat');
  const { settings, elements, canEdit } = answer;
  const blocked = (prerequisites?.accountWide.length ?? 0) > 0;
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="chat-integration-card">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <ThemeIcon size={44} radius="md" variant="light" color="indigo">
              <IconMessageChatbot size={26} stroke={1.6} aria-hidden="true" />
            </ThemeIcon>
            <Stack gap={4}>
              <Group gap="sm">
                <Title order={2} size="h4">
                  {t('card.title')}
                </Title>
                <Badge variant="light" color={settings.enabled ? 'green' : 'gray'} tt="none" data-testid="integration-enabled">
                  {settings.enabled ? t('card.enabled') : t('card.notEnabled')}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed" maw={560}>
                {t('card.description')}
              </Text>
            </Stack>
          </Group>
          {settings.enabled ? (
            <Button component={Link} to={chatSettingsPath} variant="default" leftSection={<IconSettings size={16} aria-hidden="true" />}>
              {t('card.settings')}
            </Button>
          ) : (
            canEdit && <EnableIntegrationButton blocked={blocked} />
          )}
        </Group>
        <PrerequisiteFailures failures={prerequisites?.accountWide ?? []} title={t('prerequisites.accountTitle')} />
        <Divider />
        <Stack gap={0}>
          <ElementRow
            name={t('elements.sellAppInChat.name')}
            description={t('elements.sellAppInChat.description')}
            status={elements.sellAppInChat}
            action={settings.enabled && <AppElementAction element="sellAppInChat" status={elements.sellAppInChat} />}
          >
            {elements.sellAppInChat.state === 'not_installed' && (
              <PrerequisiteFailures failures={prerequisites?.sellAppInChat ?? []} title={t('prerequisites.installTitle', { app: t('elements.sellAppInChat.name') })} />
            )}
          </ElementRow>
          <Divider variant="dashed" />
          <ElementRow
            name={t('elements.chatAppInSell.name')}
            description={t('elements.chatAppInSell.description')}
            status={elements.chatAppInSell}
            action={settings.enabled && <AppElementAction element="chatAppInSell" status={elements.chatAppInSell} />}
          >
            {elements.chatAppInSell.state === 'not_installed' && (
              <PrerequisiteFailures failures={prerequisites?.chatAppInSell ?? []} title={t('prerequisites.installTitle', { app: t('elements.chatAppInSell.name') })} />
            )}
          </ElementRow>
          <Divider variant="dashed" />
          <ElementRow
            name={t('elements.pastChats.name')}
            description={t('elements.pastChats.description')}
            status={elements.pastChats}
            action={
              settings.enabled && (
                <Button component={Link} to={`${chatSettingsPath}#past-chats`} variant="subtle" size="sm" style={{ flexShrink: 0 }}>
                  {t('card.settings')}
                </Button>
              )
            }
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
