import { invalid } from '../../platform/http/app-error.ts';
import { checkOwner } from '../records/check-owner.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import type { SellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';

/** A task either floats (no record) or hangs off a visible record; both parts or neither. */
export async function checkTaskTarget(ctx: SellContext, target: { resource_type: ResourceType | null; resource_id: number | null; owner_id: number | null }) {
  if ((target.resource_type === null) !== (target.resource_id === null)) {
    throw invalid(target.resource_type === null ? 'resource_type' : 'resource_id', 'Give resource_type and resource_id together, or neither for a floating task.');
  }
  if (target.resource_type && target.resource_id) await checkVisibleRecord(ctx, target.resource_type, target.resource_id);
  if (target.owner_id !== null) await checkOwner(ctx.sell, ctx.account.id, target.owner_id);
}
