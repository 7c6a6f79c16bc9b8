import type { Selectable } from 'kysely';
import { listCustomFields } from '../custom-fields/custom-fields.repo.ts';
import { phoneCountryOf } from '../matching/phone-country.ts';
import type { SellContext } from '../sell-context.ts';
import type { SellTables } from '../sell-tables.ts';
import { applyListRequest, type ListTarget } from './apply-list-request.ts';
import type { ListRequest, ListResult } from './list-request.ts';
import { presentRecords } from './present-records.ts';
import type { RecordExtras } from './record-extras.ts';

type Table = ListTarget['table'];
type RowOf<T extends Table> = Selectable<SellTables[T]> & { id: number };

/** The records of one type the actor may see, filtered, sorted and paged, as the API shows them. */
export async function listRecords<T extends Table, View>(
  ctx: SellContext,
  target: Pick<ListTarget, 'resourceType' | 'searchColumns'> & { table: T },
  request: ListRequest,
  toView: (row: RowOf<T>, extras: RecordExtras) => View,
): Promise<ListResult<View>> {
  const customFields = Object.keys(request.custom).length ? await listCustomFields(ctx.sell, ctx.account.id, target.resourceType) : [];
  const phoneCountry = customFields.some((f) => f.type === 'phone') ? await phoneCountryOf(ctx.sell, ctx.account.id) : '';
  const table = target.table as 'sell_contacts';
  const query = ctx.sell.selectFrom(table).selectAll(table).where(`${table}.account_id`, '=', ctx.account.id);
  const rows = (await applyListRequest(query, { ...target, dialect: ctx.db.dialect, customFields, phoneCountry }, request, ctx.visibility).execute()) as RowOf<T>[];
  const page = rows.slice(0, request.perPage);
  return { items: await presentRecords(ctx.sell, ctx.account.id, target.resourceType, page, toView), hasMore: rows.length > request.perPage };
}
