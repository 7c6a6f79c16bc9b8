import type { AgentView } from '../../../shared/chat/views.ts';
import type { AgentRow } from './agents.repo.ts';

export type { AgentView };

export function toAgentView(a: AgentRow, available: boolean, departmentIds: number[]): AgentView {
  return {
    id: a.id,
    name: a.name,
    email: a.email,
    role: a.chat_role as AgentView['role'],
    enabled: a.active === 1,
    status: a.chat_status ?? 'online',
    available,
    departmentIds,
    createdAt: a.created_at,
  };
}
