import { AppError, notFound } from '../../platform/http/app-error.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import type { SellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';

/**
 * Something attached to a lead, contact or deal (a call, a collaboration, a text message) is seen
 * with its record: when the actor may not see the record, the thing itself is a 404.
 */
export async function requireAttachedVisible(ctx: SellContext, resourceType: ResourceType, resourceId: number, what: string) {
  try {
    await checkVisibleRecord(ctx, resourceType, resourceId);
  } catch (error) {
    if (error instanceof AppError && error.status === 422) throw notFound(what);
    throw error;
  }
}
