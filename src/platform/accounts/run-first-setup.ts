import type { Db } from '../db/connect.ts';
import { conflict } from '../http/app-error.ts';
import type { CreateAccountInput } from './account-input.ts';
import { countAccounts } from './accounts.repo.ts';
import { createAccount } from './create-account.ts';

/** First run only: while no account exists, anyone reaching the install may create the first one. */
export async function runFirstSetup(db: Db, input: CreateAccountInput) {
  if ((await countAccounts(db.kysely)) > 0) {
    throw conflict('setup_done', 'Tandem is already set up. Sign in instead.');
  }
  return createAccount(db, input);
}
