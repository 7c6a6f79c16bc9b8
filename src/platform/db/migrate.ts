import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connect.ts';
import * as foundation from './migrations/0001-foundation.ts';
import * as eventDeliveries from './migrations/0002-event-deliveries.ts';
import * as accessTokens from './migrations/0003-access-tokens.ts';
import * as oauth from './migrations/0004-oauth.ts';
import * as instanceKeys from './migrations/0005-instance-keys.ts';
import * as sellCore from './migrations/0100-sell-core.ts';
import * as sellPools from './migrations/0102-sell-pools.ts';
import * as sellSync from './migrations/0103-sell-sync.ts';
import * as sellCommerceAndActivities from './migrations/0104-sell-commerce-and-activities.ts';
import * as sellContactPoints from './migrations/0105-sell-contact-points.ts';
import * as sellExternalFeedItems from './migrations/0106-sell-external-feed-items.ts';
import * as sellCollaboratorLookup from './migrations/0110-sell-collaborator-lookup.ts';
import * as chatFoundation from './migrations/0200-chat-foundation.ts';
import * as chatTags from './migrations/0201-chat-tags.ts';
import * as chatVisitorEmailLookup from './migrations/0202-chat-visitor-email-lookup.ts';
import * as marketplace from './migrations/0300-marketplace.ts';
import * as sellChat from './migrations/0400-sell-chat.ts';
import * as sellChatOfflineLeads from './migrations/0401-sell-chat-offline-leads.ts';

/** Every migration, in order. Listed here (not read from disk) so bundlers and tsx see the same set. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-event-deliveries': eventDeliveries,
  '0003-access-tokens': accessTokens,
  '0004-oauth': oauth,
  '0005-instance-keys': instanceKeys,
  '0100-sell-core': sellCore,
  '0102-sell-pools': sellPools,
  '0103-sell-sync': sellSync,
  '0104-sell-commerce-and-activities': sellCommerceAndActivities,
  '0105-sell-contact-points': sellContactPoints,
  '0106-sell-external-feed-items': sellExternalFeedItems,
  '0110-sell-collaborator-lookup': sellCollaboratorLookup,
  '0200-chat-foundation': chatFoundation,
  '0201-chat-tags': chatTags,
  '0202-chat-visitor-email-lookup': chatVisitorEmailLookup,
  '0300-marketplace': marketplace,
  '0400-sell-chat': sellChat,
  '0401-sell-chat-offline-leads': sellChatOfflineLeads,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Name the schema: Kysely looks for its bookkeeping tables across all schemas otherwise.
  const schema = db.dialect === 'postgres' ? (db.schema ?? 'public') : undefined;
  // Each product numbers its own series (Sell 01xx, Chat 02xx), so a new Sell migration may sort before an
  // applied Chat one: run whatever has not run yet.
  const migrator = new Migrator({ db: db.kysely, provider, allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
