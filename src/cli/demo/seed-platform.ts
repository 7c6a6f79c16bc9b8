import type { Db } from '../../platform/db/connect.ts';
import { findAccountBySubdomain, deleteAccount } from '../../platform/accounts/accounts.repo.ts';
import { createAccount } from '../../platform/accounts/create-account.ts';
import { updateAccountSettings } from '../../platform/accounts/update-account-settings.ts';
import type { OpContext } from '../../platform/context.ts';
import { createUser } from '../../platform/identity/create-user.ts';
import { deactivateUser } from '../../platform/identity/deactivate-user.ts';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SUBDOMAIN } from './demo-people.ts';

/**
 * Creates the demo account afresh: an existing one is deleted first (every table references
 * accounts with ON DELETE CASCADE, so nothing of the old demo survives).
 */
export async function seedPlatform(db: Db) {
  const existing = await findAccountBySubdomain(db.kysely, DEMO_SUBDOMAIN);
  if (existing) await deleteAccount(db.kysely, existing.id);

  const { account, owner } = await createAccount(db, {
    accountName: 'Demo Outfitters',
    subdomain: DEMO_SUBDOMAIN,
    ownerName: 'Olivia Owner',
    email: DEMO_OWNER_EMAIL,
    password: DEMO_PASSWORD,
    chatPlan: 'professional',
    chatVersion: 'phase4',
  });
  const ctx: OpContext = { db, account, actor: null };
  const idByKey = new Map<string, number>();
  for (const person of DEMO_PEOPLE) {
    const user = await createUser(ctx, {
      name: person.name,
      email: person.email,
      password: DEMO_PASSWORD,
      sellRole: person.sellRole,
      sellFullAccess: person.sellFullAccess ?? false,
      reportsToId: person.reportsTo ? idByKey.get(person.reportsTo)! : null,
      chatRole: person.chatRole,
      supportRole: person.supportRole,
    });
    idByKey.set(person.key, user.id);
  }
  for (const person of DEMO_PEOPLE.filter((p) => p.deactivated)) await deactivateUser(ctx, idByKey.get(person.key)!);
  const updated = await updateAccountSettings(ctx, { topmostManagerId: idByKey.get('vp')! });
  return { account: updated, owner, idByKey };
}
