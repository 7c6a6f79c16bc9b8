import type { Executor } from '../db/transaction.ts';
import { toOAuthClient, type OAuthClient } from './oauth-client.ts';
import { findOAuthClientRow } from './oauth-clients.repo.ts';

/** The client with this client_id in this account, or undefined (a client of another account is not found). */
export async function findOAuthClient(db: Executor, accountId: number, clientId: string): Promise<OAuthClient | undefined> {
  const row = await findOAuthClientRow(db, accountId, clientId);
  return row ? toOAuthClient(row) : undefined;
}
