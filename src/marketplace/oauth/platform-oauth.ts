import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { MarketplaceDatabase } from '../marketplace-tables.ts';

/** The OAuth server functions the marketplace uses, from the platform's public interface. */
export { registerOAuthClient, findOAuthClient, revokeGrantsOfClient } from '../../platform/oauth/index.ts';

/** The marketplace's transaction as platform code takes it: the same connection, seen with the platform's tables only. */
export function asPlatformTransaction(trx: Transaction<MarketplaceDatabase>): Transaction<Database> {
  return trx as unknown as Transaction<Database>;
}
