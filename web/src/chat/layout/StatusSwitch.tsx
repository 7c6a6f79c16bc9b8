import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/useNotify';
import { useLive } from '../live/liveContext';
import type { AgentStatus } from '../types';

/** Online / Away / Invisible: kept by the server, so it survives reloads. */
export function StatusSwitch() {
  const { t } = useTranslation('chat');
  const { state, actions } = useLive();
  const notify = useNotify();
  const status = state.me?.status ?? 'online';
  return (
    <SegmentedControl
      aria-label={t('status.label')}
      data-testid="agent-status"
      size="xs"
      disabled={!state.me || !state.connected}
      value={status}
      color={status === 'online' ? 'teal' : status === 'away' ? 'yellow' : 'gray'}
      onChange={(value) => actions.setStatus(value as AgentStatus).catch((error: unknown) => notify.error(error))}
      data={[
        { value: 'online', label: t('status.online') },
        { value: 'away', label: t('status.away') },
        { value: 'invisible', label: t('status.invisible') },
      ]}
    />
  );
}
