import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Db } from '../platform/db/connect.ts';
import type { Database, Flag } from '../platform/db/schema.ts';
import type { AgentStatus, AuthorKind, ChatStatus, LogType } from '../../shared/chat/views.ts';

export type { AgentStatus, AuthorKind, ChatStatus, LogType };

export type RoutingMode = 'broadcast' | 'assigned';
export type PrechatField = 'hidden' | 'optional' | 'required';

export type ChatTables = {
  chat_settings: {
    account_id: number;
    routing_mode: RoutingMode;
    /** Concurrent chats per agent, 0 = no limit. */
    chat_limit: number;
    reassignment_timeout_seconds: number;
    widget_color: string;
    greeting: string;
    offline_greeting: string;
    prechat_name: PrechatField;
    prechat_email: PrechatField;
    prechat_phone: PrechatField;
    updated_at: string;
  };
  chat_departments: {
    id: Generated<number>;
    account_id: number;
    name: string;
    name_lower: string;
    description: string;
    enabled: Flag;
    created_at: string;
    updated_at: string;
  };
  chat_department_members: { department_id: number; user_id: number; account_id: number };
  chat_visitors: {
    id: Generated<number>;
    account_id: number;
    /** sha256 of the key the widget keeps in localStorage: a copy of the database cannot impersonate visitors. */
    key_hash: string;
    name: string | null;
    email: string | null;
    phone: string | null;
    page_url: string | null;
    page_title: string | null;
    user_agent: string | null;
    ip: string | null;
    created_at: string;
    last_seen_at: string;
  };
  chats: {
    id: string;
    account_id: number;
    visitor_id: number;
    department_id: number | null;
    status: ChatStatus;
    /** The visitor's details as the chat knows them: updated while it is open (identify). */
    visitor_name: string | null;
    visitor_email: string | null;
    visitor_phone: string | null;
    /** The agent serving the chat. */
    agent_id: number | null;
    /** Assigned routing: the agent the waiting chat is offered to, and since when. */
    offered_agent_id: number | null;
    offered_at: string | null;
    offer_count: Generated<number>;
    /** The last sequence number handed out in this chat's log. */
    last_seq: Generated<number>;
    visitor_read_seq: Generated<number>;
    agent_read_seq: Generated<number>;
    rating: 'good' | 'bad' | null;
    comment: string | null;
    /** JSON text: the chat's tags, an array of strings (REST API). */
    tags: Generated<string>;
    ended_by: AuthorKind | null;
    started_at: string;
    served_at: string | null;
    ended_at: string | null;
    updated_at: string;
  };
  chat_messages: {
    id: Generated<number>;
    account_id: number;
    chat_id: string;
    seq: number;
    client_id: string | null;
    type: LogType;
    author_kind: AuthorKind;
    agent_id: number | null;
    author_name: string;
    text: string;
    /** JSON text for non-message entries: {rating}, {comment}, {reason, toAgentId, departmentId}. */
    data: string | null;
    created_at: string;
  };
  chat_offline_messages: {
    id: string;
    account_id: number;
    visitor_id: number | null;
    department_id: number | null;
    name: string;
    email: string;
    phone: string | null;
    message: string;
    page_url: string | null;
    user_agent: string | null;
    unread: Flag;
    read_by_id: number | null;
    read_at: string | null;
    created_at: string;
  };
  chat_agent_status: { user_id: number; account_id: number; status: AgentStatus; load_lock: Generated<number>; updated_at: string };
};

export type ChatDatabase = Database & ChatTables;
export type ChatExecutor = Kysely<ChatDatabase> | Transaction<ChatDatabase>;

/** Chat's view of the database: the platform's tables plus its own. */
export function chatDb(db: Db): Kysely<ChatDatabase> {
  return db.kysely.withTables<ChatTables>();
}

export type SettingsRow = Selectable<ChatTables['chat_settings']>;
export type DepartmentRow = Selectable<ChatTables['chat_departments']>;
export type VisitorRow = Selectable<ChatTables['chat_visitors']>;
export type ChatRow = Selectable<ChatTables['chats']>;
export type MessageRow = Selectable<ChatTables['chat_messages']>;
export type OfflineMessageRow = Selectable<ChatTables['chat_offline_messages']>;
