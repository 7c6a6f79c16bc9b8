import type { ChatView } from '../conversations/chat-view.ts';
import type { LogEntry } from '../conversations/log-entry.ts';
import type { OfflineMessageView } from '../offline/offline-message-view.ts';
import type { VisitorView } from '../visitors/visitor-view.ts';

const seconds = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 1000);

/** Zendesk's nick strings: `visitor:<id>`, `agent:<id>`, `agent:system` (chat-api.md 2.4). */
function nickOf(entry: LogEntry, visitorId: number): string {
  if (entry.author.kind === 'visitor') return `visitor:${visitorId}`;
  return entry.author.agentId !== null ? `agent:${entry.author.agentId}` : 'agent:system';
}

function session(visitor: VisitorView, start: string, end: string | null) {
  return {
    browser: visitor.browser,
    platform: visitor.platform,
    user_agent: visitor.userAgent,
    ip: visitor.ip,
    city: null,
    country_code: null,
    country_name: null,
    region: null,
    start_date: start,
    end_date: end,
  };
}

function visitorOf(v: { id: number; name: string | null; email: string | null; phone: string | null }) {
  return { id: String(v.id), name: v.name ?? `Visitor ${v.id}`, email: v.email ?? '', phone: v.phone ?? '', notes: '' };
}

/** Response times in seconds: from each visitor message that waits for an answer to the agent's answer. */
function responseTimes(log: LogEntry[]) {
  const times: number[] = [];
  let waitingSince: string | null = null;
  for (const e of log) {
    if (e.type !== 'chat.msg') continue;
    if (e.author.kind === 'visitor') waitingSince ??= e.createdAt;
    else if (e.author.kind === 'agent' && waitingSince) {
      times.push(seconds(waitingSince, e.createdAt));
      waitingSince = null;
    }
  }
  if (times.length === 0) return { first: null, avg: null, max: null };
  return { first: times[0]!, avg: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times) };
}

function historyEntry(e: LogEntry, chat: ChatView) {
  const base = { type: e.type, name: e.author.name, nick: nickOf(e, chat.visitor.id), timestamp: e.createdAt, index: e.seq, sender_type: e.author.kind };
  const agent = e.author.agentId !== null ? { agent_id: String(e.author.agentId) } : {};
  switch (e.type) {
    case 'chat.msg':
      return { ...base, ...agent, msg: e.text, msg_id: e.clientId ?? String(e.seq), options: '' };
    case 'chat.rating':
      return { ...base, new_rating: e.data?.rating ?? null, rating: e.data?.rating ?? null };
    case 'chat.comment':
      return { ...base, new_comment: e.data?.comment ?? null, comment: e.data?.comment ?? null };
    case 'chat.memberleave':
      return { ...base, ...agent, reason: e.data?.reason ?? null, ...(e.data?.departmentId ? { department_id: e.data.departmentId } : {}) };
    default:
      return { ...base, ...agent, ...(chat.department ? { department_id: chat.department.id, department_name: chat.department.name } : {}) };
  }
}

/** A chat in Zendesk Chat's REST shape (chat-api.md 1.5), built from its one channel log. */
export function toZendeskChat(chat: ChatView, log: LogEntry[], agentNames: Map<number, string>) {
  const messages = log.filter((e) => e.type === 'chat.msg');
  const agentIds = [...new Set(log.filter((e) => e.type === 'chat.memberjoin' && e.author.agentId !== null).map((e) => e.author.agentId!))];
  return {
    id: chat.id,
    type: 'chat' as const,
    visitor: visitorOf(chat.visitor),
    session: session(chat.visitor, chat.startedAt, chat.endedAt),
    timestamp: chat.startedAt,
    end_timestamp: chat.endedAt,
    update_timestamp: log.at(-1)?.createdAt ?? chat.startedAt,
    started_by: 'visitor' as const,
    department_id: chat.department?.id ?? null,
    department_name: chat.department?.name ?? null,
    unread: chat.agentReadSeq < chat.lastSeq,
    missed: chat.missed,
    triggered: false,
    triggered_response: false,
    count: {
      total: messages.length,
      agent: messages.filter((m) => m.author.kind === 'agent').length,
      visitor: messages.filter((m) => m.author.kind === 'visitor').length,
    },
    duration: chat.endedAt ? seconds(chat.startedAt, chat.endedAt) : null,
    response_time: responseTimes(log),
    agent_ids: agentIds.map(String),
    agent_names: agentIds.map((id) => agentNames.get(id) ?? `Agent ${id}`),
    rating: chat.rating,
    comment: chat.comment,
    tags: chat.tags,
    webpath: chat.visitor.page ? [{ from: '', to: chat.visitor.page.url, title: chat.visitor.page.title ?? '', timestamp: chat.visitor.lastSeenAt }] : [],
    zendesk_ticket_id: null,
    deleted: false,
    history: log.map((e) => historyEntry(e, chat)),
  };
}

/** An offline message in the same API (`type: "offline_msg"`). */
export function toZendeskOfflineMessage(m: OfflineMessageView, departmentName: string | null) {
  return {
    id: m.id,
    type: 'offline_msg' as const,
    visitor: { id: m.visitorId !== null ? String(m.visitorId) : '', name: m.name, email: m.email, phone: m.phone ?? '', notes: '' },
    session: { user_agent: null, start_date: m.createdAt, end_date: m.createdAt },
    timestamp: m.createdAt,
    department_id: m.departmentId,
    department_name: departmentName,
    unread: m.unread,
    message: m.message,
    webpath: m.pageUrl ? [{ from: '', to: m.pageUrl, title: '', timestamp: m.createdAt }] : [],
    zendesk_ticket_id: null,
    deleted: false,
  };
}

export type ZendeskChatDoc = ReturnType<typeof toZendeskChat> | ReturnType<typeof toZendeskOfflineMessage>;
