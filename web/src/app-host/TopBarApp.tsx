import { useState } from 'react';
import { ActionIcon, CloseButton, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useClickOutside } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AppIcon } from '../marketplace/AppIcon';
import type { LocationApp } from '../marketplace/api/types';
import { AppFrame } from './AppFrame';
import { NeedsReconnect } from './NeedsReconnect';
import classes from './TopBarApp.module.css';

/**
 * A framed app in a top bar (built-in apps bring their own, see BuiltinApp): its icon opens a panel with the app. The panel is only hidden while closed,
 * so the app runs from the moment the page loads (it may, say, count waiting chats) and opens at once.
 */
export function TopBarApp({ app }: { app: LocationApp }) {
  const { t } = useTranslation('marketplace');
  const [opened, setOpened] = useState(false);
  const ref = useClickOutside<HTMLDivElement>(() => setOpened(false));
  const panelId = `top-bar-app-${app.installation_id}`;
  return (
    <div ref={ref} className={classes.anchor} onKeyDown={(event) => event.key === 'Escape' && setOpened(false)}>
      <Tooltip label={app.name} withArrow disabled={opened}>
        <ActionIcon
          variant={opened ? 'light' : 'subtle'}
          color="gray"
          size={36}
          radius="md"
          onClick={() => setOpened((open) => !open)}
          aria-label={t('topBar.open', { name: app.name })}
          aria-expanded={opened}
          aria-controls={panelId}
          data-testid="top-bar-app"
          data-app-id={app.app_id}
        >
          <AppIcon name={app.name} src={app.icon_url} size={26} />
        </ActionIcon>
      </Tooltip>
      <Paper
        id={panelId}
        className={classes.panel}
        shadow="lg"
        radius="md"
        withBorder
        role="dialog"
        aria-label={app.name}
        data-opened={opened || undefined}
        data-testid="top-bar-panel"
      >
        <Group justify="space-between" px="sm" py={6} wrap="nowrap" className={classes.header}>
          <Group gap="xs" wrap="nowrap">
            <AppIcon name={app.name} src={app.icon_url} size={20} />
            <Text size="sm" fw={600} truncate>
              {app.name}
            </Text>
          </Group>
          <CloseButton size="sm" onClick={() => setOpened(false)} aria-label={t('topBar.close', { name: app.name })} />
        </Group>
        {app.status === 'needs_authorization' ? (
          <NeedsReconnect name={app.name} installationId={app.installation_id} />
        ) : (
          app.frame_url && <AppFrame name={app.name} frameUrl={app.frame_url} height={520} installationId={app.installation_id} location="sell_top_bar" />
        )}
      </Paper>
    </div>
  );
}
