import { effectiveTopmostManager } from '../../../platform/accounts/account-view.ts';
import type { OpContext } from '../../../platform/context.ts';
import type { UserRow } from '../../../platform/identity/users.repo.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { listPeople } from '../people.repo.ts';
import type { LeadPool } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import type { IntegrationSettings, OwnerEntryRef } from '../settings/integration-settings.ts';
import type { OwnerCandidate, OwnerRuleInput } from './owner-rules.ts';

type UserFacts = Pick<UserRow, 'id' | 'name' | 'active' | 'sell_role'>;

function userCandidate(id: number, user: UserFacts | undefined): OwnerCandidate {
  if (!user) return { kind: 'user', id, name: `Deleted user #${id}`, unavailable: 'deleted' };
  const unavailable = user.active !== 1 ? 'deactivated' : user.sell_role === 'none' ? 'no_sell_seat' : null;
  return { kind: 'user', id, name: user.name, unavailable };
}

function poolCandidate(id: number, pool: LeadPool | undefined): OwnerCandidate {
  if (!pool) return { kind: 'pool', id, name: `Deleted pool #${id}`, unavailable: 'deleted' };
  const unavailable = pool.resourceType !== 'lead' ? 'not_a_lead_pool' : pool.nextUserId === null ? 'no_active_member' : null;
  return { kind: 'pool', id, name: pool.name, unavailable };
}

function candidatesFor(entries: OwnerEntryRef[], users: Map<number, UserFacts>, pools: LeadPool[]): OwnerCandidate[] {
  return entries.map((e) => (e.kind === 'user' ? userCandidate(e.id, users.get(e.id)) : poolCandidate(e.id, pools.find((p) => p.id === e.id))));
}

async function accountUsers(ctx: IntegrationContext): Promise<Map<number, UserFacts>> {
  return new Map((await listPeople(ctx.tables, ctx.account.id)).map((u) => [u.id, u]));
}

/**
 * Everything owner-rules.ts needs, gathered for one agent; Sell is asked as `sellAs`, and `actingUser`
 * (the Sell user the integration acts as) is the last-resort owner.
 */
export async function ownerRuleInput(
  ctx: IntegrationContext,
  settings: IntegrationSettings,
  agent: UserFacts,
  sellAs: OpContext & { actor: UserFacts },
  actingUser: UserFacts = sellAs.actor,
): Promise<OwnerRuleInput> {
  const users = await accountUsers(ctx);
  const pools = settings.ownerEntries.some((e) => e.kind === 'pool') || settings.allowAnyOwner ? await sellGateway.leadPools(sellAs) : [];
  const entries = candidatesFor(settings.ownerEntries, users, pools);
  const top = await effectiveTopmostManager(ctx.db.kysely, ctx.account);
  const everyone = settings.allowAnyOwner
    ? [
        ...[...users.values()].filter((u) => u.sell_role !== 'none' && u.active === 1).map((u) => userCandidate(u.id, u)),
        ...pools.filter((p) => p.resourceType === 'lead').map((p) => poolCandidate(p.id, p)),
      ]
    : [];
  return {
    accessMode: settings.accessMode,
    entries,
    allowAnyOwner: settings.allowAnyOwner,
    agent: { id: agent.id, name: agent.name },
    topmostManager: top ? userCandidate(top.id, top) : null,
    actingUser: { id: actingUser.id, name: actingUser.name },
    everyone,
  };
}
