import { sellDb } from '../sell-tables.ts';
import { externalSourceKey, type FeedProjectionContext, type FeedRecordRef } from './external-feed.ts';
import { attachmentsOf, findExternal } from './external-feed.repo.ts';

/** A projected item's data and the records it is on; undefined when it is in no feed. */
export async function readExternalFeedItem(
  ctx: FeedProjectionContext,
  group: string,
  key: string,
): Promise<{ data: Record<string, unknown>; records: FeedRecordRef[] } | undefined> {
  const sell = sellDb(ctx.db);
  const sourceKey = externalSourceKey(group, key);
  const row = await findExternal(sell, ctx.accountId, sourceKey);
  if (!row) return undefined;
  const records = (await attachmentsOf(sell, ctx.accountId, group, sourceKey)).map(({ resourceType, resourceId }) => ({ resourceType, resourceId }));
  return { data: JSON.parse(row.data) as Record<string, unknown>, records };
}
