import { invalid } from '../../platform/http/app-error.ts';
import type { SellExecutor } from '../sell-tables.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';

/** The status as the account spells it; the default status (O-2) when none is given. */
export async function resolveLeadStatus(db: SellExecutor, accountId: number, requested: string | null | undefined): Promise<string | null> {
  const statuses = await listLeadStatuses(db, accountId);
  if (requested === null || requested === undefined || requested.trim() === '') {
    return (statuses.find((s) => s.is_default === 1) ?? statuses[0])?.name ?? null;
  }
  const match = statuses.find((s) => s.name_lower === requested.trim().toLowerCase());
  if (!match) throw invalid('status', `"${requested}" is not a lead status here. Use one of: ${statuses.map((s) => s.name).join(', ')}.`);
  return match.name;
}
