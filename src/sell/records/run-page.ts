import { sql, type SelectQueryBuilder } from 'kysely';
import type { ListRequest, ListResult } from './list-request.ts';

/**
 * Sorts (ties broken by id), pages, and fetches one row more than asked to tell whether a next page
 * exists. `table` qualifies the sort column when the query joins.
 */
export async function runPage<Row>(query: SelectQueryBuilder<any, any, Row>, request: ListRequest, table?: string): Promise<ListResult<Row>> {
  const column = (name: string) => sql.ref(table ? `${table}.${name}` : name);
  const rows = await query
    .orderBy(column(request.sort.field), request.sort.direction)
    .orderBy(column('id'), request.sort.direction)
    .limit(request.perPage + 1)
    .offset((request.page - 1) * request.perPage)
    .execute();
  return { items: rows.slice(0, request.perPage), hasMore: rows.length > request.perPage };
}
