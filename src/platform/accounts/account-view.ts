import type { Executor } from '../db/transaction.ts';
import { findChatOwner, findUserById } from '../identity/users.repo.ts';
import type { AccountRow } from './accounts.repo.ts';

export type AccountView = {
  id: number;
  subdomain: string;
  name: string;
  sellKind: AccountRow['sell_kind'];
  chatPlan: AccountRow['chat_plan'];
  chatVersion: AccountRow['chat_version'];
  topmostManagerId: number | null;
  topmostManager: { id: number; name: string } | null;
  createdAt: string;
};

/** The topmost manager: the configured user while active, otherwise the account owner. */
export async function effectiveTopmostManager(db: Executor, account: AccountRow) {
  if (account.topmost_manager_id !== null) {
    const chosen = await findUserById(db, account.id, account.topmost_manager_id);
    if (chosen?.active) return chosen;
  }
  return (await findChatOwner(db, account.id)) ?? null;
}

export async function toAccountView(db: Executor, account: AccountRow): Promise<AccountView> {
  const top = await effectiveTopmostManager(db, account);
  return {
    id: account.id,
    subdomain: account.subdomain,
    name: account.name,
    sellKind: account.sell_kind,
    chatPlan: account.chat_plan,
    chatVersion: account.chat_version,
    topmostManagerId: account.topmost_manager_id,
    topmostManager: top ? { id: top.id, name: top.name } : null,
    createdAt: account.created_at,
  };
}
