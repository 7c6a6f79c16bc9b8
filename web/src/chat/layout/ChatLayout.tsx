import { Badge, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLive } from '../live/liveContext';
import { StatusSwitch } from './StatusSwitch';
import { useServeBadge } from './useServeBadge';
import classes from './ChatLayout.module.css';

/** The Chat area: its tabs and the agent's status on top, the page below. */
export function ChatLayout() {
  const { t } = useTranslation('chat');
  const { state } = useLive();
  const location = useLocation();
  const navigate = useNavigate();
  useServeBadge(state.incoming.length);
  const tab = ['history', 'apps'].find((name) => location.pathname.startsWith(`/chat/${name}`)) ?? 'dashboard';
  return (
    <div className={classes.layout}>
      <div className={classes.bar} data-testid="chat-bar">
        <Tabs value={tab} onChange={(value) => navigate(value === 'dashboard' ? '/chat' : `/chat/${value}`)} variant="pills">
          <Tabs.List>
            <Tabs.Tab value="dashboard">{t('nav.dashboard')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('nav.history')}</Tabs.Tab>
            <Tabs.Tab value="apps">{t('nav.apps')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        <Group gap="sm" ml="auto">
          {!state.connected && (
            <Badge color={state.error ? 'red' : 'gray'} variant="light">
              {state.error ? t('connection.refused', { code: state.error }) : t('connection.connecting')}
            </Badge>
          )}
          <StatusSwitch />
        </Group>
      </div>
      <div className={classes.content}>
        <Outlet />
      </div>
    </div>
  );
}
