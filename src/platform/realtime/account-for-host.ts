import type { Config } from '../../config.ts';
import type { Db } from '../db/connect.ts';
import { cachedAccountBySubdomain, findAccountBySubdomain, findDefaultAccount, type AccountRow } from '../accounts/accounts.repo.ts';
import { hostToSubdomain } from '../accounts/host-to-subdomain.ts';

/** The account a socket's Host header names, with the same rules (and cache) HTTP requests use. */
export async function accountForHost(db: Db, config: Config, host: string | undefined): Promise<AccountRow | undefined> {
  const target = hostToSubdomain(host, config.baseDomains);
  if (target.kind === 'subdomain') return cachedAccountBySubdomain(db.kysely, db.location, target.subdomain);
  return config.defaultAccount ? findAccountBySubdomain(db.kysely, config.defaultAccount) : findDefaultAccount(db.kysely);
}
