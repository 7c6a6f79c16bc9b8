import type { Kysely } from 'kysely';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { SellDatabase, SellExecutor } from '../sell-tables.ts';
import type { ExternalFeedLine, FeedRecordRef } from './external-feed.ts';

/** Lines per insert: well under both databases' parameter limits. */
const LINES_PER_INSERT = 500;

// Compiled once: every chat message asks it (see reusable-query.ts).
const externalByKey = reusableQuery((db: Kysely<SellDatabase>, accountId: number, sourceKey: string) =>
  db.selectFrom('sell_feed_externals').select(['data', 'source_group']).where('account_id', '=', accountId).where('source_key', '=', sourceKey),
);

export async function findExternal(db: SellExecutor, accountId: number, sourceKey: string) {
  return (await externalByKey(db, accountId, sourceKey)).rows[0];
}

export async function upsertExternal(db: SellExecutor, row: { account_id: number; source_key: string; source_group: string; data: string; updated_at: string }) {
  await db
    .insertInto('sell_feed_externals')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'source_key']).doUpdateSet({ data: row.data, updated_at: row.updated_at }))
    .execute();
}

export async function updateExternalData(db: SellExecutor, accountId: number, sourceKey: string, data: string, now: string) {
  await db.updateTable('sell_feed_externals').set({ data, updated_at: now }).where('account_id', '=', accountId).where('source_key', '=', sourceKey).execute();
}

/** Adds the lines not stored yet; a line already there (same seq) stays as it is. */
export async function insertLines(db: SellExecutor, accountId: number, sourceKey: string, lines: ExternalFeedLine[]) {
  for (let i = 0; i < lines.length; i += LINES_PER_INSERT) {
    await db
      .insertInto('sell_feed_external_lines')
      .values(lines.slice(i, i + LINES_PER_INSERT).map((l) => ({ account_id: accountId, source_key: sourceKey, seq: l.seq, data: JSON.stringify(l.data) })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function deleteExternal(db: SellExecutor, accountId: number, sourceKey: string) {
  await db.deleteFrom('sell_feed_external_lines').where('account_id', '=', accountId).where('source_key', '=', sourceKey).execute();
  await db.deleteFrom('sell_feed_externals').where('account_id', '=', accountId).where('source_key', '=', sourceKey).execute();
}

/** The records a projected item is attached to (through the index on account, group and key). */
export async function attachmentsOf(db: SellExecutor, accountId: number, group: string, sourceKey: string): Promise<(FeedRecordRef & { id: number })[]> {
  const rows = await db
    .selectFrom('sell_feed_items')
    .select(['id', 'resource_type', 'resource_id'])
    .where('account_id', '=', accountId)
    .where('source_group', '=', group)
    .where('source_key', '=', sourceKey)
    .execute();
  return rows.map((r) => ({ id: r.id, resourceType: r.resource_type, resourceId: r.resource_id }));
}

export async function detachFeedItems(db: SellExecutor, accountId: number, ids: number[]) {
  if (ids.length) await db.deleteFrom('sell_feed_items').where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

/** The source keys of one group attached to a record. */
export async function externalKeysOf(db: SellExecutor, accountId: number, group: string, record: FeedRecordRef): Promise<string[]> {
  const rows = await db
    .selectFrom('sell_feed_items')
    .select('source_key')
    .where('account_id', '=', accountId)
    .where('resource_type', '=', record.resourceType)
    .where('resource_id', '=', record.resourceId)
    .where('source_group', '=', group)
    .execute();
  return rows.map((r) => r.source_key);
}

/** The bodies and lines of some projected items, for one page of a feed. */
export async function externalBodies(db: SellExecutor, accountId: number, sourceKeys: string[]) {
  if (sourceKeys.length === 0) return { bodies: [], lines: [] };
  const [bodies, lines] = await Promise.all([
    db.selectFrom('sell_feed_externals').select(['source_key', 'data']).where('account_id', '=', accountId).where('source_key', 'in', sourceKeys).execute(),
    db
      .selectFrom('sell_feed_external_lines')
      .select(['source_key', 'seq', 'data'])
      .where('account_id', '=', accountId)
      .where('source_key', 'in', sourceKeys)
      .orderBy('source_key')
      .orderBy('seq')
      .execute(),
  ]);
  return { bodies, lines };
}

export async function setGroupHidden(db: SellExecutor, accountId: number, group: string, hidden: boolean, now: string) {
  if (!hidden) {
    await db.deleteFrom('sell_feed_hidden_groups').where('account_id', '=', accountId).where('source_group', '=', group).execute();
    return;
  }
  await db
    .insertInto('sell_feed_hidden_groups')
    .values({ account_id: accountId, source_group: group, hidden_at: now })
    .onConflict((oc) => oc.columns(['account_id', 'source_group']).doNothing())
    .execute();
}
