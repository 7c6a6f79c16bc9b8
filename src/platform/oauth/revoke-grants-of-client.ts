import { nowIso } from '../db/time.ts';
import { withinTransaction, type Executor } from '../db/transaction.ts';
import { forgetTokens } from '../tokens/access-tokens.repo.ts';
import { revokeGrantRows } from './grant-revocation.ts';
import { findOAuthClientRow } from './oauth-clients.repo.ts';
import { activeGrantIdsOfClient } from './oauth-grants.repo.ts';

/**
 * Ends every user's grant to one client (an app uninstalled): its access and refresh tokens stop
 * working at once. Joins the caller's transaction when given one. Answers how many grants ended.
 */
export async function revokeGrantsOfClient(db: Executor, accountId: number, clientId: string): Promise<number> {
  const { grants, tokenIds } = await withinTransaction(db, async (trx) => {
    const client = await findOAuthClientRow(trx, accountId, clientId);
    if (!client) return { grants: 0, tokenIds: [] };
    const grantIds = await activeGrantIdsOfClient(trx, accountId, client.id);
    return { grants: grantIds.length, tokenIds: await revokeGrantRows(trx, grantIds, 'client', nowIso()) };
  });
  forgetTokens(tokenIds);
  return grants;
}
