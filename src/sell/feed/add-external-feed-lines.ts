import { nowIso } from '../../platform/db/time.ts';
import { sellDb } from '../sell-tables.ts';
import { externalSourceKey, type ExternalFeedLine, type FeedProjectionContext, type FeedRecordRef } from './external-feed.ts';
import { attachmentsOf, findExternal, insertLines, updateExternalData } from './external-feed.repo.ts';

/**
 * The quick way to grow a projected item that is already in feeds (a chat's new message): adds the
 * lines not stored yet and, when given, replaces its data. Returns the records it is on, or null when
 * the item is not in any feed (the projector then saves it whole, with saveExternalFeedItem).
 */
export async function addExternalFeedLines(
  ctx: FeedProjectionContext,
  input: { group: string; key: string; lines: ExternalFeedLine[]; data?: Record<string, unknown> },
): Promise<FeedRecordRef[] | null> {
  const sourceKey = externalSourceKey(input.group, input.key);
  return sellDb(ctx.db)
    .transaction()
    .execute(async (trx) => {
      if (!(await findExternal(trx, ctx.accountId, sourceKey))) return null;
      await insertLines(trx, ctx.accountId, sourceKey, input.lines);
      if (input.data) await updateExternalData(trx, ctx.accountId, sourceKey, JSON.stringify(input.data), nowIso());
      return (await attachmentsOf(trx, ctx.accountId, input.group, sourceKey)).map(({ resourceType, resourceId }) => ({ resourceType, resourceId }));
    });
}
