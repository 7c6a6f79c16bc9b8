import { useMemo } from 'react';
import { Alert, Anchor, Button, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconApps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { createAppEventHub } from '../../app-host/appEventHub';
import { sidebarVisitor, useChatSidebarEvents, type SidebarChat } from '../../app-host/chatSidebarEvents';
import { ChatSidebarApp } from '../../app-host/ChatSidebarApp';
import { CollapsibleApp } from '../../app-host/CollapsibleApp';
import { useLocationApps } from '../../marketplace/api/useMarketplaceApi';
import { useLive } from '../live/liveContext';
import type { ChatView } from '../types';

const NO_ENTRIES: never[] = [];

function EmptyApps() {
  const { t } = useTranslation('chat');
  return (
    <Stack align="center" gap="xs" py="md">
      <ThemeIcon variant="light" size={40} radius="xl" color="gray">
        <IconApps size={22} stroke={1.5} aria-hidden="true" />
      </ThemeIcon>
      <Text size="sm" c="dimmed" ta="center">
        {t('apps.empty')}
      </Text>
      <Anchor component={Link} to="/marketplace" size="sm">
        {t('apps.browse')}
      </Anchor>
    </Stack>
  );
}

/** The apps installed for Chat, beside the selected chat: each in its own frame, told about this chat. */
export function AppsPanel({ chat }: { chat: ChatView }) {
  const { t } = useTranslation('chat');
  const { state } = useLive();
  const apps = useLocationApps('chat_sidebar');
  const hub = useMemo(() => createAppEventHub(), [chat.id]);
  const sidebarChat = useMemo<SidebarChat>(
    () => ({ id: chat.id, status: chat.status, endedBy: chat.endedBy, visitor: sidebarVisitor(chat.visitor) }),
    [chat.id, chat.status, chat.endedBy, chat.visitor],
  );
  useChatSidebarEvents(sidebarChat, state.logs[chat.id] ?? NO_ENTRIES, hub);
  const context = useMemo(() => ({ id: chat.id, visitor: sidebarChat.visitor }), [chat.id, sidebarChat.visitor]);
  return (
    <Paper withBorder p="md" radius="md" data-testid="apps-panel">
      <Title order={2} size="h5" mb="sm">
        {t('apps.title')}
      </Title>
      <Stack gap="sm">
        {apps.isPending && <Skeleton height={120} radius="md" />}
        {apps.isError && (
          <Alert color="red" variant="light" title={t('apps.loadFailed')}>
            <Button size="xs" variant="light" color="red" onClick={() => void apps.refetch()}>
              {t('apps.retry')}
            </Button>
          </Alert>
        )}
        {apps.data?.length === 0 && <EmptyApps />}
        {apps.data?.map((app) => (
          <CollapsibleApp key={app.installation_id} appId={app.app_id} name={app.name} iconUrl={app.icon_url}>
            <ChatSidebarApp app={app} chat={context} events={hub} />
          </CollapsibleApp>
        ))}
      </Stack>
    </Paper>
  );
}
