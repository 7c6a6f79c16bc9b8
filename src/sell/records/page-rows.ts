import { sql, type SelectQueryBuilder } from 'kysely';
import type { ListRequest, ListResult } from './list-request.ts';
import { runPage } from './run-page.ts';
import type { SellDatabase } from '../sell-tables.ts';

/**
 * A list query of the simple Sell resources (one table, no custom fields): `ids` and the equality
 * filters (columns from the endpoint's own whitelist), then the shared sort and page. The query
 * must already hold the account and visibility conditions.
 */
export function pageRows<Row>(query: SelectQueryBuilder<SellDatabase, any, Row>, table: string, request: ListRequest): Promise<ListResult<Row>> {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  let q = query;
  if (request.ids) q = q.where(col('id'), 'in', request.ids.length ? request.ids : [-1]);
  for (const [column, value] of Object.entries(request.equals)) {
    q = value === null ? q.where(col(column), 'is', null) : q.where(col(column), '=', value);
  }
  return runPage(q, request, table);
}
