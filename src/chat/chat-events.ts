import type { AuthorKind } from './chat-tables.ts';

/** The visitor as an integration needs them: Sell matches leads and contacts by email and phone (O-5). */
export type VisitorSnapshot = { id: number; name: string | null; email: string | null; phone: string | null };

type ChatEventBase = { accountId: number; chatId: string; visitor: VisitorSnapshot; departmentId: number | null };

declare module '../platform/events/catalogue.ts' {
  interface EventCatalogue {
    'chat.started': ChatEventBase & { startedAt: string };
    'chat.message': ChatEventBase & {
      seq: number;
      author: { kind: AuthorKind; agentId: number | null; name: string };
      /** The agent serving the chat when the message was stored (null while it waits). */
      agentId: number | null;
      text: string;
      createdAt: string;
    };
    'chat.visitor_updated': ChatEventBase & { changed: ('name' | 'email' | 'phone')[]; agentId: number | null; updatedAt: string };
    'chat.ended': ChatEventBase & {
      agentId: number | null;
      agentIds: number[];
      startedAt: string;
      servedAt: string | null;
      endedAt: string;
      endedBy: AuthorKind;
      missed: boolean;
      rating: 'good' | 'bad' | null;
      comment: string | null;
    };
    'chat.rated': ChatEventBase & { agentId: number | null; rating: 'good' | 'bad' | null; comment: string | null; ratedAt: string };
    /** An ended chat or an offline message was deleted for good (REST API); `type` tells which. */
    'chat.deleted': { accountId: number; chatId: string; type: 'chat' | 'offline_msg'; actorId: number | null; deletedAt: string };
    'offline_message.created': {
      accountId: number;
      offlineMessageId: string;
      visitorId: number | null;
      departmentId: number | null;
      name: string;
      email: string;
      phone: string | null;
      message: string;
      createdAt: string;
    };
  }
}

export {};
