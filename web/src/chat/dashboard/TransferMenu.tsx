import { Button, Menu } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { useNotify } from '../../ui/useNotify';
import { useLive } from '../live/liveContext';
import type { AgentView } from '../types';

/** Hands the chat to another agent who is online now. */
export function TransferMenu({ chatId }: { chatId: string }) {
  const { t } = useTranslation('chat');
  const { state, actions } = useLive();
  const notify = useNotify();
  const agents = useQuery({ queryKey: ['chat', 'agents'], queryFn: () => api.get<{ agents: AgentView[] }>('/api/chat/agents'), staleTime: 5_000 });
  const others = (agents.data?.agents ?? []).filter((a) => a.id !== state.me?.id && a.enabled);
  return (
    <Menu position="bottom-end" onOpen={() => void agents.refetch()}>
      <Menu.Target>
        <Button variant="default" size="xs">
          {t('transfer.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('transfer.label')}</Menu.Label>
        {others.length === 0 && <Menu.Item disabled>{t('transfer.nobody')}</Menu.Item>}
        {others.map((agent) => (
          <Menu.Item
            key={agent.id}
            disabled={!agent.available}
            onClick={() =>
              actions
                .transfer(chatId, agent.id)
                .then(() => notify.success(t('transfer.done', { name: agent.name })))
                .catch((error: unknown) => notify.error(error))
            }
          >
            {agent.available ? agent.name : t('transfer.unavailable', { name: agent.name })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
