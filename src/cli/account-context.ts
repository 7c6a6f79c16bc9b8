import type { Db } from '../platform/db/connect.ts';
import type { OpContext } from '../platform/context.ts';
import { findAccountBySubdomain } from '../platform/accounts/accounts.repo.ts';

export class CliError extends Error {}

/** The command line acts as the system itself (actor null) inside one account. */
export async function systemContext(db: Db, subdomain: string): Promise<OpContext> {
  const account = await findAccountBySubdomain(db.kysely, subdomain.toLowerCase());
  if (!account) throw new CliError(`No account with subdomain "${subdomain}". List them with: npm run tandem -- account:list`);
  return { db, account, actor: null };
}
