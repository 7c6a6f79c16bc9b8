import type { Insertable, Selectable } from 'kysely';
import type { OAuthClientsTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export type OAuthClientRow = Selectable<OAuthClientsTable>;

export function insertOAuthClient(db: Executor, values: Insertable<OAuthClientsTable>) {
  return db.insertInto('oauth_clients').values(values).returningAll().executeTakeFirstOrThrow();
}

/** A client by the id apps send, only within its own account: elsewhere it does not exist. */
export function findOAuthClientRow(db: Executor, accountId: number, clientId: string) {
  return db.selectFrom('oauth_clients').selectAll().where('account_id', '=', accountId).where('client_id', '=', clientId).executeTakeFirst();
}
