import type { ChatView } from '../../../shared/chat/views.ts';
import type { ChatExecutor } from '../chat-tables.ts';
import { toVisitorView } from '../visitors/visitor-view.ts';
import { findChatDetails, type ChatDetailRow } from './chats.repo.ts';

export type { ChatView };

/** A chat as its visitor sees it: who serves them, never other agents or routing details. */
export type VisitorChatView = Pick<ChatView, 'id' | 'status' | 'agent' | 'startedAt' | 'endedAt' | 'rating' | 'comment' | 'lastSeq' | 'agentReadSeq'>;

function toChatView(c: ChatDetailRow): ChatView {
  return {
    id: c.id,
    status: c.status,
    department: c.department_id !== null && c.department_name ? { id: c.department_id, name: c.department_name } : null,
    visitor: toVisitorView({
      id: c.visitor_id,
      name: c.visitor_name,
      email: c.visitor_email,
      phone: c.visitor_phone,
      page_url: c.page_url,
      page_title: c.page_title,
      user_agent: c.user_agent,
      ip: c.ip,
      created_at: c.visitor_created_at,
      last_seen_at: c.visitor_last_seen_at,
    }),
    agent: c.agent_id !== null ? { id: c.agent_id, name: c.agent_name ?? '' } : null,
    offeredAgentId: c.offered_agent_id,
    startedAt: c.started_at,
    servedAt: c.served_at,
    endedAt: c.ended_at,
    endedBy: c.ended_by,
    missed: c.status === 'ended' && c.served_at === null,
    rating: c.rating,
    comment: c.comment,
    tags: JSON.parse(c.tags) as string[],
    lastSeq: c.last_seq,
    visitorReadSeq: c.visitor_read_seq,
    agentReadSeq: c.agent_read_seq,
  };
}

export function toVisitorChatView(c: ChatView): VisitorChatView {
  const { id, status, agent, startedAt, endedAt, rating, comment, lastSeq, agentReadSeq } = c;
  return { id, status, agent, startedAt, endedAt, rating, comment, lastSeq, agentReadSeq };
}

/** Views of the chats, in the order of `ids` (unknown ids are left out). */
export async function loadChatViews(db: ChatExecutor, accountId: number, ids: string[]): Promise<ChatView[]> {
  const rows = new Map((await findChatDetails(db, accountId, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toChatView(row)] : [];
  });
}

export async function loadChatView(db: ChatExecutor, accountId: number, id: string): Promise<ChatView | undefined> {
  return (await loadChatViews(db, accountId, [id]))[0];
}
