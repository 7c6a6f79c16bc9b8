import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { AgentView } from '../agents/agent-view.ts';
import type { DepartmentView } from '../settings/department-view.ts';
import type { VisitorView } from '../visitors/visitor-view.ts';

const ROLE_IDS = { owner: 1, admin: 2, agent: 3 } as const;

/** An agent as Zendesk Chat's API shows one (chat-api.md 1.8). */
export function toZendeskAgent(a: AgentView) {
  const [first, ...rest] = a.name.split(/\s+/);
  return {
    id: a.id,
    create_date: a.createdAt,
    display_name: a.name,
    email: a.email,
    first_name: first ?? '',
    last_name: rest.join(' '),
    enabled: a.enabled ? 1 : 0,
    role_id: ROLE_IDS[a.role],
    roles: { owner: a.role === 'owner', administrator: a.role === 'owner' || a.role === 'admin' },
    departments: a.departmentIds,
    enabled_departments: a.departmentIds,
    skills: [],
    login_count: null,
    last_login: null,
  };
}

export function toZendeskVisitor(v: VisitorView) {
  return { id: String(v.id), name: v.name ?? `Visitor ${v.id}`, email: v.email ?? '', phone: v.phone ?? '', notes: '', banned: false, created: v.createdAt, external_id: null };
}

export function toZendeskDepartment(d: DepartmentView) {
  return { id: d.id, name: d.name, description: d.description, enabled: d.enabled ? 1 : 0, members: d.memberIds, settings: {} };
}

/** Plan limits by plan; features are flags, as chat-api.md 5.3 advises, not plan names. */
const PLANS = {
  lite: { max_agents: 1, max_departments: 0, max_concurrent_chats: 1, max_history_search_days: 14, rest_api: false },
  team: { max_agents: 100, max_departments: 5, max_concurrent_chats: 20, max_history_search_days: 365, rest_api: true },
  professional: { max_agents: 1000, max_departments: 50, max_concurrent_chats: 20, max_history_search_days: 3650, rest_api: true },
  enterprise: { max_agents: 10000, max_departments: 1000, max_concurrent_chats: 20, max_history_search_days: 3650, rest_api: true },
} as const;

export function toZendeskAccount(account: AccountRow) {
  return {
    account_key: account.subdomain,
    status: 'active',
    create_date: account.created_at,
    billing: { company: account.name },
    plan: { name: account.chat_plan, ...PLANS[account.chat_plan], file_upload: false, operating_hours: false, unbranding: true, widget_customization: true },
  };
}
