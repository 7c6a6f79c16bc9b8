import { chatDb } from '../../../chat/index.ts';
import type { Db } from '../../../platform/db/connect.ts';

/** One page of an account's chats (their visitor emails), in start order after `after`. */
export function visitorEmailPage(db: Db, accountId: number, after: { startedAt: string; id: string } | null, limit: number) {
  let query = chatDb(db)
    .selectFrom('chats')
    .select(['id', 'started_at', 'visitor_email'])
    .where('account_id', '=', accountId)
    .orderBy('started_at')
    .orderBy('id')
    .limit(limit);
  if (after) {
    const { startedAt, id } = after;
    query = query.where((eb) => eb.or([eb('started_at', '>', startedAt), eb.and([eb('started_at', '=', startedAt), eb('id', '>', id)])]));
  }
  return query.execute();
}
