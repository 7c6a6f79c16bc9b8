import type { Selectable } from 'kysely';
import type { ListRequest } from '../records/list-request.ts';
import { attachedToVisible } from '../records/visibility-conditions.ts';
import type { SellExecutor, SellTables } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';
import { pageRows } from '../records/page-rows.ts';

export type TextMessageRow = Selectable<SellTables['sell_text_messages']>;

export function findTextMessage(db: SellExecutor, accountId: number, id: number) {
  return db.selectFrom('sell_text_messages').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** Text messages on records the actor sees. */
export function listTextMessageRows(db: SellExecutor, accountId: number, visibility: Visibility, request: ListRequest) {
  const query = db
    .selectFrom('sell_text_messages')
    .selectAll()
    .where('sell_text_messages.account_id', '=', accountId)
    .where((eb) => attachedToVisible(eb, 'sell_text_messages', visibility));
  return pageRows(query, 'sell_text_messages', request);
}
