import { sellDb } from '../sell-tables.ts';
import type { FeedProjectionContext, FeedRecordRef } from './external-feed.ts';
import { externalKeysOf } from './external-feed.repo.ts';

/** The keys of one group's items on a record's feed (a lead's chats), as the projector named them. */
export async function listExternalFeedKeys(ctx: FeedProjectionContext, group: string, record: FeedRecordRef): Promise<string[]> {
  const prefix = `${group}:`;
  const keys = await externalKeysOf(sellDb(ctx.db), ctx.accountId, group, record);
  return keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}
