import { Button, Menu } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { useNotify } from '../../ui/useNotify';
import { chatApi, chatKeys } from '../chatApi';
import { useLive } from '../live/liveContext';
import type { TransferTarget } from '../live/liveContext';
import type { AgentView, Department } from '../types';

/** Agents of the department who are online now (a department without members takes every agent). */
function onlineIn(department: Department, agents: AgentView[]): number {
  return agents.filter((a) => a.available && (department.memberIds.length === 0 || department.memberIds.includes(a.id))).length;
}

/** Hands the chat to another agent who is online now, or back to a department's agents. */
export function TransferMenu({ chatId }: { chatId: string }) {
  const { t } = useTranslation('chat');
  const { state, actions } = useLive();
  const notify = useNotify();
  const agents = useQuery({ queryKey: ['chat', 'agents'], queryFn: () => api.get<{ agents: AgentView[] }>('/api/chat/agents'), staleTime: 5_000 });
  const departments = useQuery({ queryKey: chatKeys.departments, queryFn: chatApi.departments, staleTime: 30_000 });
  const all = agents.data?.agents ?? [];
  const others = all.filter((a) => a.id !== state.me?.id && a.enabled);
  const enabled = (departments.data?.departments ?? []).filter((d) => d.enabled);
  const transfer = (target: TransferTarget, done: string) =>
    actions
      .transfer(chatId, target)
      .then(() => notify.success(done))
      .catch((error: unknown) => notify.error(error));
  return (
    <Menu
      position="bottom-end"
      onOpen={() => {
        void agents.refetch();
        void departments.refetch();
      }}
    >
      <Menu.Target>
        <Button variant="default" size="xs">
          {t('transfer.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="transfer-menu">
        <Menu.Label>{t('transfer.label')}</Menu.Label>
        {others.length === 0 && <Menu.Item disabled>{t('transfer.nobody')}</Menu.Item>}
        {others.map((agent) => (
          <Menu.Item key={agent.id} disabled={!agent.available} onClick={() => void transfer({ toAgentId: agent.id }, t('transfer.done', { name: agent.name }))}>
            {agent.available ? agent.name : t('transfer.unavailable', { name: agent.name })}
          </Menu.Item>
        ))}
        {enabled.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('transfer.departments')}</Menu.Label>
            {enabled.map((department) => (
              <Menu.Item
                key={department.id}
                onClick={() => void transfer({ departmentId: department.id }, t('transfer.departmentDone', { name: department.name }))}
              >
                {t('transfer.department', { name: department.name, count: onlineIn(department, all) })}
              </Menu.Item>
            ))}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
