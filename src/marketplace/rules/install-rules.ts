import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { UserRow } from '../../platform/identity/users.repo.ts';
import type { AppManifest } from '../manifest/manifest-schema.ts';

export type RuleCode =
  | 'wrong_subdomain'
  | 'sell_admin_required'
  | 'sell_legacy_account'
  | 'chat_plan_too_low'
  | 'chat_admin_and_support_admin_required'
  | 'chat_owner_required';

export type RuleFailure = { code: RuleCode; message: string };

/** `install` checks everything (S-1 … S-6); `manage` (enable, settings, reconnect, uninstall) only who acts. */
export type RuleScope = 'install' | 'manage';

/** The facts the rules read; `users` are the account's active users, for naming who can help. */
export type RuleFacts = { account: AccountRow; actor: UserRow; users: UserRow[] };

const isSellAdmin = (u: UserRow) => u.sell_role === 'admin';
const isChatAdmin = (u: UserRow) => u.chat_role === 'admin' || u.chat_role === 'owner';
const isSupportAdmin = (u: UserRow) => u.support_role === 'admin';
const isChatOwner = (u: UserRow) => u.chat_role === 'owner';

/**
 * Every rule the actor fails for `manifest`, each with a stable code and a message that names the
 * missing condition and who can fix it. Empty when the actor may go ahead.
 */
export function evaluateInstallRules(
  facts: RuleFacts,
  manifest: Pick<AppManifest, 'product' | 'requires'>,
  options: { scope: RuleScope; subdomain?: string | undefined },
): RuleFailure[] {
  const { account, actor, users } = facts;
  const failures: RuleFailure[] = [];
  const doWhat = options.scope === 'install' ? 'install this app' : 'change or remove this app';

  if (options.scope === 'install' && options.subdomain !== undefined && options.subdomain.trim().toLowerCase() !== account.subdomain) {
    failures.push({ code: 'wrong_subdomain', message: `This is the account at ${account.subdomain}. Type ${account.subdomain} to install here.` });
  }
  if (manifest.product === 'sell' && !isSellAdmin(actor)) {
    failures.push({ code: 'sell_admin_required', message: `Only a Sell admin can ${doWhat}. ${ask('a Sell admin', users.filter(isSellAdmin))}` });
  }
  if (options.scope === 'install' && manifest.requires.includes('sell_platform') && account.sell_kind === 'legacy') {
    const who = isSellAdmin(actor) ? 'You can migrate it in Sell settings.' : `${ask('a Sell admin', users.filter(isSellAdmin))} They can migrate it in Sell settings.`;
    failures.push({ code: 'sell_legacy_account', message: `Sell is a legacy account; this app needs Sell on the platform, so migrate Sell to the platform first. ${who}` });
  }
  if (options.scope === 'install' && manifest.requires.includes('chat_team_plan') && account.chat_plan === 'lite') {
    failures.push({ code: 'chat_plan_too_low', message: `Chat is on the Lite plan; Team or higher is needed. ${ownerCanChangePlan(actor, users)}` });
  }
  if (manifest.product === 'chat' && account.chat_version === 'phase3' && !(isChatAdmin(actor) && isSupportAdmin(actor))) {
    failures.push({ code: 'chat_admin_and_support_admin_required', message: phase3Message(actor, users, doWhat) });
  }
  if (manifest.product === 'chat' && account.chat_version === 'phase4' && !isChatOwner(actor)) {
    const owner = users.find(isChatOwner);
    const capitalized = doWhat === 'install this app' ? 'Only the Chat account owner can install this app.' : `Only the Chat account owner can ${doWhat}.`;
    failures.push({ code: 'chat_owner_required', message: owner ? `${capitalized} The Chat owner is ${owner.name}.` : capitalized });
  }
  return failures;
}

function ownerCanChangePlan(actor: UserRow, users: UserRow[]): string {
  if (isChatOwner(actor)) return 'You can change the plan in Chat settings.';
  const owner = users.find(isChatOwner);
  return owner ? `The Chat owner, ${owner.name}, can change the plan.` : 'The Chat owner can change the plan.';
}

function phase3Message(actor: UserRow, users: UserRow[], doWhat: string): string {
  const missing = [!isChatAdmin(actor) && 'a Chat admin', !isSupportAdmin(actor) && 'a Support admin'].filter(Boolean).join(' or ');
  const parts = [`In Chat (phase 3), only someone who is both a Chat admin and a Support admin can ${doWhat}. You are not ${missing}.`];
  if (!isChatAdmin(actor)) parts.push(`${ask('the Chat owner or a Chat admin', users.filter(isChatAdmin))} They can make you a Chat admin.`);
  if (!isSupportAdmin(actor)) parts.push(`${ask('a Support admin', users.filter(isSupportAdmin))} They can make you a Support admin.`);
  const both = users.filter((u) => isChatAdmin(u) && isSupportAdmin(u) && u.id !== actor.id);
  if (both.length > 0) parts.push(`Or ask someone who is both: ${names(both)}.`);
  return parts.join(' ');
}

/** "Ask a Sell admin: Ann Lee, Bo Kim." */
function ask(role: string, people: UserRow[]): string {
  return people.length > 0 ? `Ask ${role}: ${names(people)}.` : `Ask ${role}.`;
}

function names(people: UserRow[]): string {
  const shown = people.slice(0, 5).map((p) => p.name);
  return people.length > 5 ? `${shown.join(', ')} and ${people.length - 5} more` : shown.join(', ');
}
