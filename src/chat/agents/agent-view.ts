import type { AgentStatus } from '../chat-tables.ts';
import type { AgentRow } from './agents.repo.ts';

export type AgentView = {
  id: number;
  name: string;
  email: string;
  role: 'agent' | 'admin' | 'owner';
  enabled: boolean;
  /** The status the agent chose; kept across reloads. */
  status: AgentStatus;
  /** Connected right now with status Online: routing may give them chats. */
  available: boolean;
  departmentIds: number[];
  createdAt: string;
};

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
