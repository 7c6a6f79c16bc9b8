import type { FieldError } from '../../../platform/http/app-error.ts';
import type { OpContext } from '../../../platform/context.ts';
import type { UserRow } from '../../../platform/identity/users.repo.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { peopleByIds } from '../people.repo.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import type { IntegrationSettings, OwnerEntryRef } from './integration-settings.ts';

type Checked = { errors: FieldError[]; sourceId?: number | null };

/**
 * What Sell must confirm before settings change: the status and source exist, and owners newly added
 * are active Sell users or lead pools. Entries already configured may stay even when they went bad
 * (O-4 warns about them), so removing one entry never fails because of another.
 */
export async function checkSettingsPatch(
  ctx: IntegrationContext,
  sellAs: OpContext & { actor: UserRow },
  current: IntegrationSettings,
  patch: { assignStatusId?: number | null; assignSourceId?: number | null; assignSourceName?: string; ownerEntries?: OwnerEntryRef[] },
): Promise<Checked> {
  const errors: FieldError[] = [];
  const checked: Checked = { errors };
  if (patch.assignStatusId !== undefined && patch.assignStatusId !== null) {
    const statuses = await sellGateway.leadStatuses(sellAs);
    if (!statuses.some((s) => s.id === patch.assignStatusId)) {
      errors.push({ field: 'assignStatusId', code: 'unknown', message: `Choose one of the lead statuses: ${statuses.map((s) => s.name).join(', ')}.` });
    }
  }
  if (patch.assignSourceId !== undefined && patch.assignSourceId !== null) {
    const sources = await sellGateway.leadSources(sellAs);
    if (!sources.some((s) => s.id === patch.assignSourceId)) errors.push({ field: 'assignSourceId', code: 'unknown', message: 'That lead source does not exist. Choose another or type a new name.' });
  }
  if (patch.ownerEntries !== undefined) errors.push(...(await checkNewEntries(ctx, sellAs, current.ownerEntries, patch.ownerEntries)));
  // A typed source name is created only when nothing else is wrong: a refused change leaves Sell as it was.
  if (patch.assignSourceName !== undefined && errors.length === 0) {
    const name = patch.assignSourceName.trim();
    const existing = (await sellGateway.leadSources(sellAs)).find((s) => s.name.toLowerCase() === name.toLowerCase());
    checked.sourceId = existing ? existing.id : (await sellGateway.createLeadSource(sellAs, name)).id;
  }
  return checked;
}

async function checkNewEntries(ctx: IntegrationContext, sellAs: OpContext, current: OwnerEntryRef[], entries: OwnerEntryRef[]): Promise<FieldError[]> {
  const added = entries.map((e, i) => ({ ...e, i })).filter((e) => !current.some((c) => c.kind === e.kind && c.id === e.id));
  if (added.length === 0) return [];
  const userIds = added.filter((e) => e.kind === 'user').map((e) => e.id);
  const users = await peopleByIds(ctx.tables, ctx.account.id, userIds);
  const pools = added.some((e) => e.kind === 'pool') ? await sellGateway.leadPools(sellAs) : [];
  const errors: FieldError[] = [];
  for (const e of added) {
    const field = `ownerEntries.${e.i}`;
    if (e.kind === 'user') {
      const user = users.find((u) => u.id === e.id);
      if (!user) errors.push({ field, code: 'unknown', message: `No user with id ${e.id} in this account.` });
      else if (user.active !== 1) errors.push({ field, code: 'incorrect_value', message: `${user.name} is deactivated; choose an active Sell user.` });
      else if (user.sell_role === 'none') errors.push({ field, code: 'incorrect_value', message: `${user.name} has no Sell seat; choose a Sell user.` });
    } else {
      const pool = pools.find((p) => p.id === e.id);
      if (!pool) errors.push({ field, code: 'unknown', message: `No distribution pool with id ${e.id} in this account.` });
      else if (pool.resourceType !== 'lead') errors.push({ field, code: 'incorrect_value', message: `Pool "${pool.name}" distributes ${pool.resourceType}s, not leads.` });
    }
  }
  return errors;
}
