import type { Db } from './db/connect.ts';
import type { AccountRow } from './accounts/accounts.repo.ts';
import type { UserRow } from './identity/users.repo.ts';

/** What every operation receives: where it acts and on whose behalf. */
export type OpContext = {
  db: Db;
  account: AccountRow;
  /** The signed-in user; null for the system itself (first-run setup, the admin command line). */
  actor: UserRow | null;
};
