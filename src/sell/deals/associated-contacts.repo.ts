import { sql, type Selectable } from 'kysely';
import type { ListRequest } from '../records/list-request.ts';
import type { SellExecutor, SellTables } from '../sell-tables.ts';

export type AssociatedContactRow = Selectable<SellTables['sell_deal_contacts']>;

export function listAssociatedContactRows(db: SellExecutor, accountId: number, dealId: number, request: ListRequest): Promise<AssociatedContactRow[]> {
  let query = db.selectFrom('sell_deal_contacts').selectAll().where('account_id', '=', accountId).where('deal_id', '=', dealId);
  query = query.orderBy(sql.ref(request.sort.field), request.sort.direction);
  if (request.sort.field !== 'contact_id') query = query.orderBy('contact_id', request.sort.direction);
  return query.limit(request.perPage + 1).offset((request.page - 1) * request.perPage).execute();
}

/** Adds the contact to the deal; when it is already there, only its role (if one was given) and updated_at change. */
export function upsertAssociatedContact(db: SellExecutor, row: AssociatedContactRow, keepRole: boolean): Promise<AssociatedContactRow> {
  return db
    .insertInto('sell_deal_contacts')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['deal_id', 'contact_id']).doUpdateSet((eb) => ({
        updated_at: eb.ref('excluded.updated_at'),
        ...(keepRole ? {} : { role: eb.ref('excluded.role') }),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteAssociatedContact(db: SellExecutor, accountId: number, dealId: number, contactId: number) {
  return db
    .deleteFrom('sell_deal_contacts')
    .where('account_id', '=', accountId)
    .where('deal_id', '=', dealId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
}
