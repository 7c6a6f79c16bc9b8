import { sql, type Kysely } from 'kysely';
import { notFound } from '../../platform/http/app-error.ts';
import type { CustomValues } from '../custom-fields/custom-values.ts';
import type { SellContext } from '../sell-context.ts';
import type { ContactRow, DealRow, LeadRow, ResourceType } from '../sell-tables.ts';
import { seesRecord } from '../visibility.ts';
import { jsonRows, readJsonArray } from './json-aggregate.ts';
import { preparedQuery } from './prepared-query.ts';
import type { RecordExtras } from './record-extras.ts';
import { tableOf } from './resource-tables.ts';

type RowOf = { lead: LeadRow; contact: ContactRow; deal: DealRow };

type Found = Record<string, unknown> & { tag_names: unknown; custom_values: unknown; collaborator_ids: unknown };

/**
 * A lead, contact or deal with its tags, custom values and collaborators in one query (a single
 * read is one round trip), compiled once per database: this is the API's hottest read.
 */
function recordWithExtras(type: ResourceType) {
  return preparedQuery<'accountId' | 'id', Found>(['accountId', 'id'], (db, p) => {
    const dialect = db.dialect;
    const kind = sql.lit(type);
    return (db.kysely as Kysely<any>)
      .selectFrom(`${tableOf[type]} as r`)
      .selectAll('r')
      .select([
        jsonRows(dialect, {
          values: [sql`t.name`],
          from: sql`from sell_taggings g join sell_tags t on t.id = g.tag_id where g.account_id = r.account_id and g.resource_type = ${kind} and g.resource_id = r.id`,
          orderBy: sql`t.name`,
        }).as('tag_names'),
        jsonRows(dialect, {
          values: [sql`f.name`, sql`v.value`],
          from: sql`from sell_custom_values v join sell_custom_fields f on f.id = v.field_id where v.account_id = r.account_id and v.resource_type = ${kind} and v.resource_id = r.id`,
          orderBy: sql`f.position, f.id`,
        }).as('custom_values'),
        jsonRows(dialect, {
          values: [sql`c.collaborator_id`],
          from: sql`from sell_collaborations c where c.account_id = r.account_id and c.resource_type = ${kind} and c.resource_id = r.id`,
          orderBy: sql`c.collaborator_id`,
        }).as('collaborator_ids'),
      ])
      .where('r.account_id', '=', p.accountId)
      .where('r.id', '=', p.id)
      .compile();
  });
}

const readers = { lead: recordWithExtras('lead'), contact: recordWithExtras('contact'), deal: recordWithExtras('deal') } satisfies Record<ResourceType, unknown>;

export type StoredRecord<T extends ResourceType> = { row: RowOf[T]; extras: RecordExtras; collaboratorIds: number[] };

/** The stored record with what the API shows beside its columns, or undefined when this account has none with that id. */
export async function readRecord<T extends ResourceType>(ctx: SellContext, resourceType: T, id: number): Promise<StoredRecord<T> | undefined> {
  const [found] = await readers[resourceType](ctx.db, ctx.sell, { accountId: ctx.account.id, id });
  if (!found) return undefined;
  const { tag_names, custom_values, collaborator_ids, ...row } = found;
  const custom: CustomValues = {};
  for (const [name, value] of readJsonArray<[string, string]>(custom_values)) custom[name] = JSON.parse(value);
  return {
    row: row as RowOf[T],
    extras: { tags: readJsonArray<string>(tag_names), custom_fields: custom },
    collaboratorIds: readJsonArray<number>(collaborator_ids),
  };
}

/** A record the actor may see (owner or collaborator in view, A-3), ready to present; anything else is a 404. */
export async function readVisibleRecord<T extends ResourceType>(ctx: SellContext, resourceType: T, id: number, what: string): Promise<StoredRecord<T>> {
  const found = await readRecord(ctx, resourceType, id);
  if (!found || !seesRecord(ctx.visibility, found.row.owner_id, found.collaboratorIds)) throw notFound(what);
  return found;
}
