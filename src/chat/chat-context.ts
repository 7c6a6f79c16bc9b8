import type { Kysely } from 'kysely';
import type { AccountRow } from '../platform/accounts/accounts.repo.ts';
import type { Db } from '../platform/db/connect.ts';
import type { UserRow } from '../platform/identity/users.repo.ts';
import type { ChatDatabase, VisitorRow } from './chat-tables.ts';
import type { ChatLive } from './live/chat-live.ts';

/** Who acts in Chat: a signed-in user (agent), a website visitor, or the system (routing, demo). */
export type ChatActor = { kind: 'agent'; user: UserRow } | { kind: 'visitor'; visitor: VisitorRow } | { kind: 'system' };

/** What stays the same for every Chat operation of this process. */
export type ChatServices = {
  db: Db;
  chat: Kysely<ChatDatabase>;
  live: ChatLive;
  /** The clock, as an ISO string: the demo writes past chats with it. */
  now: () => string;
};

/** An operation's context inside Chat: where it acts, on whose behalf, and how it reaches people live. */
export type ChatContext = ChatServices & { account: AccountRow; actor: ChatActor };

export function chatContext(services: ChatServices, account: AccountRow, actor: ChatActor): ChatContext {
  return { ...services, account, actor };
}
