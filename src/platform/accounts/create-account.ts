import type { Db } from '../db/connect.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { appendEvent } from '../events/append-event.ts';
import { AppError } from '../http/app-error.ts';
import { hashPassword } from '../identity/password.ts';
import { insertUser } from '../identity/users.repo.ts';
import { createAccountSchema, type CreateAccountInput } from './account-input.ts';
import { countAccounts, findAccountBySubdomain, insertAccount } from './accounts.repo.ts';

const subdomainTaken = () =>
  new AppError(409, 'subdomain_taken', 'Another account already uses this subdomain.', [
    { field: 'subdomain', message: 'Another account already uses this subdomain.' },
  ]);

/**
 * Creates an account with its owner: Sell admin with full access, Chat owner, Support admin.
 * The first account of an install becomes the one a bare host serves.
 */
export async function createAccount(db: Db, rawInput: CreateAccountInput) {
  const input = createAccountSchema.parse(rawInput);
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(db.kysely, async (trx) => {
      if (await findAccountBySubdomain(trx, input.subdomain)) throw subdomainTaken();
      const isFirst = (await countAccounts(trx)) === 0;
      const now = nowIso();
      const account = await insertAccount(trx, {
        subdomain: input.subdomain,
        name: input.accountName,
        is_default: isFirst ? 1 : 0,
        sell_kind: input.sellKind,
        chat_plan: input.chatPlan,
        chat_version: input.chatVersion,
        topmost_manager_id: null,
        created_at: now,
        updated_at: now,
      });
      const owner = await insertUser(trx, {
        account_id: account.id,
        email: input.email,
        email_lower: input.email.toLowerCase(),
        name: input.ownerName,
        password_hash: passwordHash,
        sell_role: 'admin',
        sell_full_access: 1,
        reports_to_id: null,
        chat_role: 'owner',
        support_role: 'admin',
        active: 1,
        locale: null,
        created_at: now,
        updated_at: now,
      });
      await appendEvent(trx, account.id, 'account.created', { accountId: account.id, subdomain: account.subdomain });
      await appendEvent(trx, account.id, 'user.created', { userId: owner.id, actorId: null });
      return { account, owner };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw subdomainTaken();
    throw error;
  }
}
