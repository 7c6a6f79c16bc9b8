import { nowIso } from '../../platform/db/time.ts';
import { sellDb } from '../sell-tables.ts';
import { externalSourceKey, sameRecord, type ExternalFeedItem, type FeedProjectionContext, type FeedRecordRef } from './external-feed.ts';
import { attachmentsOf, deleteExternal, detachFeedItems, insertLines, upsertExternal } from './external-feed.repo.ts';
import { upsertFeedItem } from './feed.repo.ts';

/**
 * Writes a projected item as it is now, in one transaction: its body, the lines not stored yet, and
 * one feed item on each record it belongs to (none twice: the feed's unique key is record + source).
 * Records it no longer belongs to lose it; with no record left it is removed. Returns the records
 * whose feeds changed (before and after), so open feeds can be told.
 */
export async function saveExternalFeedItem(ctx: FeedProjectionContext, item: ExternalFeedItem): Promise<FeedRecordRef[]> {
  const sourceKey = externalSourceKey(item.group, item.key);
  const now = nowIso();
  return sellDb(ctx.db)
    .transaction()
    .execute(async (trx) => {
      const attached = await attachmentsOf(trx, ctx.accountId, item.group, sourceKey);
      const leaving = attached.filter((a) => !item.records.some((r) => sameRecord(a, r)));
      await detachFeedItems(trx, ctx.accountId, leaving.map((a) => a.id));
      if (item.records.length === 0) {
        await deleteExternal(trx, ctx.accountId, sourceKey);
        return leaving.map(({ resourceType, resourceId }) => ({ resourceType, resourceId }));
      }
      await upsertExternal(trx, { account_id: ctx.accountId, source_key: sourceKey, source_group: item.group, data: JSON.stringify(item.data), updated_at: now });
      await insertLines(trx, ctx.accountId, sourceKey, item.lines);
      for (const record of item.records) {
        await upsertFeedItem(trx, {
          account_id: ctx.accountId,
          resource_type: record.resourceType,
          resource_id: record.resourceId,
          kind: item.kind,
          source_key: sourceKey,
          source_group: item.group,
          actor_id: null,
          payload: '{}',
          occurred_at: item.occurredAt,
          hidden: 0,
          created_at: now,
          updated_at: now,
        });
      }
      return [...leaving.map(({ resourceType, resourceId }) => ({ resourceType, resourceId })), ...item.records];
    });
}
