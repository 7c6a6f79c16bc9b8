import { nowIso } from '../../platform/db/time.ts';
import { sellDb } from '../sell-tables.ts';
import type { FeedProjectionContext } from './external-feed.ts';
import { setGroupHidden } from './external-feed.repo.ts';

/**
 * Hides a group of projected items from every feed, or shows it again (S-25, O-9): one row, whatever
 * the number of items; nothing is deleted, and items projected meanwhile follow the group.
 */
export async function setFeedGroupHidden(ctx: FeedProjectionContext, group: string, hidden: boolean): Promise<void> {
  await setGroupHidden(sellDb(ctx.db), ctx.accountId, group, hidden, nowIso());
}
