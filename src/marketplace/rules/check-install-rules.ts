import { findAccountById, type AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../platform/db/connect.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { listUsers, type UserRow } from '../../platform/identity/users.repo.ts';
import type { AppManifest } from '../manifest/manifest-schema.ts';
import { evaluateInstallRules, type RuleFacts, type RuleFailure, type RuleScope } from './install-rules.ts';

type RuleContext = { db: Db; account: AccountRow; actor: UserRow };
type RuleOptions = { scope: RuleScope; subdomain?: string | undefined };
type Rules = Pick<AppManifest, 'product' | 'requires'>;

/** The account as it is now (its plan or Sell kind may have changed a moment ago) and its active users. */
export async function loadRuleFacts(ctx: RuleContext): Promise<RuleFacts> {
  const account = (await findAccountById(ctx.db.kysely, ctx.account.id)) ?? ctx.account;
  const users = (await listUsers(ctx.db.kysely, ctx.account.id)).filter((u) => u.active);
  const actor = users.find((u) => u.id === ctx.actor.id) ?? ctx.actor;
  return { account, actor, users };
}

export async function checkInstallRules(ctx: RuleContext, manifest: Rules, options: RuleOptions): Promise<RuleFailure[]> {
  return evaluateInstallRules(await loadRuleFacts(ctx), manifest, options);
}

/** Throws the refusal the contract names when any rule fails; callers check before they write anything. */
export async function requireInstallRules(ctx: RuleContext, manifest: Rules, options: RuleOptions): Promise<void> {
  const failures = await checkInstallRules(ctx, manifest, options);
  if (failures.length === 0) return;
  const install = options.scope === 'install';
  const lead = install ? 'This app cannot be installed here.' : 'You cannot change or remove this app.';
  throw new AppError(403, install ? 'install_not_allowed' : 'change_not_allowed', `${lead} ${failures.map((f) => f.message).join(' ')}`, undefined, undefined, {
    failures,
  });
}
