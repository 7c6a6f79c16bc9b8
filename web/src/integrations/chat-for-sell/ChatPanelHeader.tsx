import { ActionIcon, Badge, CloseButton, Group, Menu, Text } from '@mantine/core';
import { IconDots, IconExternalLink, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusSwitch } from '../../chat/layout/StatusSwitch';
import { useLive } from '../../chat/live/liveContext';
import { ServeRequestsButton } from './ServeRequestsButton';
import classes from './ChatForSell.module.css';

/** The panel's bar: the rep's Chat status (changeable here), Serve N requests, and signing out of Chat. */
export function ChatPanelHeader({ onSignOut, onClose }: { onSignOut: () => void; onClose: () => void }) {
  const { t } = useTranslation('chatForSell');
  const { t: tChat } = useTranslation('chat');
  const { state } = useLive();
  return (
    <div className={classes.header}>
      <Text fw={700} size="sm">
        {t('panel.title')}
      </Text>
      <StatusSwitch />
      {!state.connected && (
        <Badge color={state.error ? 'red' : 'gray'} variant="light" tt="none">
          {state.error ? tChat('connection.refused', { code: state.error }) : tChat('connection.connecting')}
        </Badge>
      )}
      <Group gap="xs" ml="auto" wrap="nowrap">
        <ServeRequestsButton />
        <Menu position="bottom-end" withinPortal={false}>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('panel.more')}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component={Link} to="/chat" leftSection={<IconExternalLink size={16} aria-hidden="true" />}>
              {t('panel.openDashboard')}
            </Menu.Item>
            <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={onSignOut} data-testid="chat-sign-out">
              {t('panel.signOut')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <CloseButton size="sm" onClick={onClose} aria-label={t('panel.close')} />
      </Group>
    </div>
  );
}
