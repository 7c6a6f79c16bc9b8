import type { Insertable } from 'kysely';
import type { ResourceType, SellExecutor, SellTables } from '../sell-tables.ts';

type NewFeedItem = Insertable<SellTables['sell_feed_items']>;

/**
 * Writes a feed item, or updates it in place when its (record, source_key) is already there: replaying
 * an event, or a chat that grows, never makes a second item.
 */
export function upsertFeedItem(db: SellExecutor, item: NewFeedItem) {
  return db
    .insertInto('sell_feed_items')
    .values(item)
    .onConflict((oc) =>
      oc.columns(['account_id', 'resource_type', 'resource_id', 'source_key']).doUpdateSet({
        kind: item.kind,
        payload: item.payload,
        occurred_at: item.occurred_at,
        actor_id: item.actor_id,
        hidden: item.hidden,
        updated_at: item.updated_at,
      }),
    )
    .execute();
}

export type FeedCursor = { occurredAt: string; id: number };

/**
 * Newest first; `sources` lists the records whose history makes up this feed (a contact's lead, too).
 * Projected items of a hidden group are left out (S-25).
 */
export function feedPage(
  db: SellExecutor,
  accountId: number,
  sources: { resourceType: ResourceType; resourceId: number }[],
  options: { kinds?: string[]; after?: FeedCursor; limit: number },
) {
  let query = db
    .selectFrom('sell_feed_items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('hidden', '=', 0)
    .where((eb) => eb.or(sources.map((s) => eb.and([eb('resource_type', '=', s.resourceType), eb('resource_id', '=', s.resourceId)]))))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('sell_feed_hidden_groups as h')
            .select('h.account_id')
            .whereRef('h.account_id', '=', 'sell_feed_items.account_id')
            .whereRef('h.source_group', '=', 'sell_feed_items.source_group'),
        ),
      ),
    );
  if (options.kinds?.length) query = query.where('kind', 'in', options.kinds);
  if (options.after) {
    const { occurredAt, id } = options.after;
    query = query.where((eb) => eb.or([eb('occurred_at', '<', occurredAt), eb.and([eb('occurred_at', '=', occurredAt), eb('id', '<', id)])]));
  }
  return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(options.limit + 1).execute();
}
