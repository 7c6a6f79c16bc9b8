import type { Kysely } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import type { ChatServices } from '../../chat/index.ts';
import { sellChatDb, type SellChatDatabase } from './sell-chat-tables.ts';

/** An operation's context in the integration: the platform's, plus Chat's services and the integration's tables. */
export type IntegrationContext = OpContext & { chatServices: ChatServices; tables: Kysely<SellChatDatabase> };

export function integrationContext(ctx: OpContext, chatServices: ChatServices): IntegrationContext {
  return { ...ctx, chatServices, tables: sellChatDb(ctx.db) };
}
