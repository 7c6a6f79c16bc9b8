import { invalid } from '../http/app-error.ts';
import type { Executor } from '../db/transaction.ts';
import { findUserById, managerChain } from './users.repo.ts';

/** A manager must be an active user of the same account, and the hierarchy must stay a tree. */
export async function checkManager(db: Executor, accountId: number, userId: number | null, managerId: number | null) {
  if (managerId === null) return;
  if (managerId === userId) throw invalid('reportsToId', 'A user cannot report to themselves.');
  const manager = await findUserById(db, accountId, managerId);
  if (!manager) throw invalid('reportsToId', 'Choose a manager from this account.');
  if (!manager.active) throw invalid('reportsToId', `${manager.name} is deactivated; choose an active manager.`);
  if (userId !== null && (await managerChain(db, accountId, managerId)).includes(userId)) {
    throw invalid('reportsToId', `${manager.name} already reports to this user; the hierarchy cannot loop.`);
  }
}
