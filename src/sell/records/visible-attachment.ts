import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { SellDatabase } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';
import { resourceTypes, tableOf } from './resource-tables.ts';

/**
 * A condition for rows attached to a record (notes, tasks, feed items): the record is one the actor
 * sees. `table` is the attached rows' table; they carry resource_type and resource_id.
 */
export function attachedToVisible(eb: ExpressionBuilder<SellDatabase, any>, table: string, visibility: Visibility): Expression<SqlBool> {
  if (visibility.all) return sql<boolean>`1 = 1`;
  const owners = visibility.ownerIds.length ? visibility.ownerIds : [-1];
  return eb.or(
    resourceTypes.map((type) =>
      eb.and([
        eb(sql.ref(`${table}.resource_type`), '=', type),
        eb(
          sql.ref(`${table}.resource_id`),
          'in',
          eb.selectFrom(tableOf[type]).select('id').where('owner_id', 'in', owners),
        ),
      ]),
    ),
  );
}
