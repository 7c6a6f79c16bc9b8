import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Db } from '../platform/db/connect.ts';
import type { Database, Flag } from '../platform/db/schema.ts';

export type InstallationStatus = 'active' | 'needs_authorization';
export type Product = 'chat' | 'sell';

export type MarketplaceTables = {
  marketplace_installations: {
    id: Generated<number>;
    account_id: number;
    app_id: string;
    product: Product;
    enabled: Flag;
    status: InstallationStatus;
    /** JSON object of the setting values; secret ones sealed with the instance key. */
    settings: string;
    oauth_client_id: string | null;
    access_token_sealed: string | null;
    refresh_token_sealed: string | null;
    token_expires_at: string | null;
    /** When the installation first became usable (at once, or after its first sign-in); null = an unfinished install. */
    activated_at: string | null;
    pending_user_id: number | null;
    pending_verifier_sealed: string | null;
    pending_state_hash: string | null;
    pending_redirect_uri: string | null;
    refresh_locked_until: string | null;
    created_by_id: number | null;
    created_at: string;
    updated_at: string;
  };
  /** The OAuth client the marketplace registered for an app in an account, one per redirect URI. */
  marketplace_oauth_clients: {
    account_id: number;
    app_id: string;
    redirect_uri: string;
    client_id: string;
    created_at: string;
  };
};

export type MarketplaceDatabase = Database & MarketplaceTables;
export type MarketplaceExecutor = Kysely<MarketplaceDatabase> | Transaction<MarketplaceDatabase>;
export type InstallationRow = Selectable<MarketplaceTables['marketplace_installations']>;

/** The marketplace's view of the database: the platform's tables plus its own. */
export function marketplaceDb(db: Db): Kysely<MarketplaceDatabase> {
  return db.kysely.withTables<MarketplaceTables>();
}

/** One transaction over the marketplace's tables (and the platform's: events go to the outbox in it). */
export function inMarketplaceTransaction<T>(mk: Kysely<MarketplaceDatabase>, work: (trx: Transaction<MarketplaceDatabase>) => Promise<T>): Promise<T> {
  return mk.transaction().execute(work);
}
