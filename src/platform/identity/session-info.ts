import type { Executor } from '../db/transaction.ts';
import type { AccountRow } from '../accounts/accounts.repo.ts';
import { toAccountView } from '../accounts/account-view.ts';
import { permissionsOf } from './permissions.ts';
import { toUserView } from './user-view.ts';
import type { UserRow } from './users.repo.ts';

/** What the web app learns about the signed-in user: who, where, what they may do, the CSRF token. */
export async function sessionInfo(db: Executor, account: AccountRow, user: UserRow, csrfToken: string) {
  return {
    user: toUserView(user),
    account: await toAccountView(db, account),
    csrfToken,
    permissions: permissionsOf(user),
  };
}
