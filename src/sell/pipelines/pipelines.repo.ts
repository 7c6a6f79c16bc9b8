import { sql, type SelectQueryBuilder, type Selectable } from 'kysely';
import type { ListRequest } from '../records/list-request.ts';
import type { SellDatabase, SellExecutor, SellTables } from '../sell-tables.ts';

export type PipelineRow = Selectable<SellTables['sell_pipelines']>;
export type StageRow = Selectable<SellTables['sell_stages']>;

/** ids, equality filters (`name` in any letter case), sort and page: all a settings list needs. */
function page<Q extends SelectQueryBuilder<SellDatabase, 'sell_pipelines' | 'sell_stages', any>>(query: Q, table: 'sell_pipelines' | 'sell_stages', request: ListRequest): Q {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  let q: SelectQueryBuilder<SellDatabase, any, any> = query;
  if (request.ids) q = q.where(col('id'), 'in', request.ids.length ? request.ids : [-1]);
  for (const [column, value] of Object.entries(request.equals)) {
    q = column === 'name' ? q.where(sql`lower(${col('name')})`, '=', String(value).trim().toLowerCase()) : q.where(col(column), '=', value);
  }
  q = q.orderBy(col(request.sort.field), request.sort.direction);
  if (request.sort.field !== 'id') q = q.orderBy(col('id'), request.sort.direction);
  return q.limit(request.perPage + 1).offset((request.page - 1) * request.perPage) as Q;
}

export function listPipelineRows(db: SellExecutor, accountId: number, request: ListRequest): Promise<PipelineRow[]> {
  return page(db.selectFrom('sell_pipelines').selectAll().where('account_id', '=', accountId), 'sell_pipelines', request).execute();
}

export function listStageRows(db: SellExecutor, accountId: number, request: ListRequest): Promise<StageRow[]> {
  return page(db.selectFrom('sell_stages').selectAll().where('account_id', '=', accountId), 'sell_stages', request).execute();
}

export function findStage(db: SellExecutor, accountId: number, id: number): Promise<StageRow | undefined> {
  return db.selectFrom('sell_stages').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** Where a new deal starts: the first stage of the first pipeline. */
export function findFirstStage(db: SellExecutor, accountId: number): Promise<StageRow | undefined> {
  return db
    .selectFrom('sell_stages')
    .innerJoin('sell_pipelines', 'sell_pipelines.id', 'sell_stages.pipeline_id')
    .selectAll('sell_stages')
    .where('sell_stages.account_id', '=', accountId)
    .where('sell_pipelines.disabled', '=', 0)
    .where('sell_stages.active', '=', 1)
    .orderBy('sell_pipelines.position')
    .orderBy('sell_pipelines.id')
    .orderBy('sell_stages.position')
    .orderBy('sell_stages.id')
    .limit(1)
    .executeTakeFirst();
}
