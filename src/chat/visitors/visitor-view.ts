import type { VisitorView } from '../../../shared/chat/views.ts';
import type { VisitorRow } from '../chat-tables.ts';
import { describeUserAgent } from './describe-user-agent.ts';

export type { VisitorView };

/** What the visitor's own widget is told about them. */
export type OwnVisitorView = Pick<VisitorView, 'id' | 'name' | 'email' | 'phone'>;

type VisitorColumns = Pick<VisitorRow, 'id' | 'name' | 'email' | 'phone' | 'page_url' | 'page_title' | 'user_agent' | 'ip' | 'created_at' | 'last_seen_at'>;

export function toVisitorView(v: VisitorColumns): VisitorView {
  return {
    id: v.id,
    name: v.name,
    email: v.email,
    phone: v.phone,
    page: v.page_url ? { url: v.page_url, title: v.page_title } : null,
    ...describeUserAgent(v.user_agent),
    userAgent: v.user_agent,
    ip: v.ip,
    createdAt: v.created_at,
    lastSeenAt: v.last_seen_at,
  };
}

export function toOwnVisitorView(v: Pick<VisitorRow, 'id' | 'name' | 'email' | 'phone'>): OwnVisitorView {
  return { id: v.id, name: v.name, email: v.email, phone: v.phone };
}
