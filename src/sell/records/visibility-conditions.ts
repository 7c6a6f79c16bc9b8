import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ResourceType, SellDatabase } from '../sell-tables.ts';
import { teamIds, type Visibility } from '../visibility.ts';
import { resourceTypes, tableOf } from './resource-tables.ts';

type Builder = ExpressionBuilder<SellDatabase, any>;

const always = () => sql<SqlBool>`1 = 1`;

/** The ids of the records of one type that someone in the team collaborates on. */
function sharedWithTeam(eb: Builder, resourceType: ResourceType, team: number[]) {
  return eb.selectFrom('sell_collaborations').select('sell_collaborations.resource_id').where('sell_collaborations.resource_type', '=', resourceType).where('sell_collaborations.collaborator_id', 'in', team);
}

/** Rows owned by someone in view (floating tasks, calls on no record): `column` holds the owner. */
export function ownedInView(eb: Builder, column: string, visibility: Visibility): Expression<SqlBool> {
  return visibility.all ? always() : eb(sql.ref(column), 'in', teamIds(visibility));
}

/** Leads, contacts or deals in view: owned by someone in view, or shared with them as a collaborator. */
export function recordInView(eb: Builder, table: string, resourceType: ResourceType, visibility: Visibility): Expression<SqlBool> {
  if (visibility.all) return always();
  const team = teamIds(visibility);
  return eb.or([eb(sql.ref(`${table}.owner_id`), 'in', team), eb(sql.ref(`${table}.id`), 'in', sharedWithTeam(eb, resourceType, team))]);
}

/**
 * A condition for rows attached to a record (notes, tasks, calls, collaborations): the record is one
 * the actor sees. `table` is the attached rows' table; they carry resource_type and resource_id.
 */
export function attachedToVisible(eb: Builder, table: string, visibility: Visibility): Expression<SqlBool> {
  if (visibility.all) return always();
  const team = teamIds(visibility);
  return eb.or(
    resourceTypes.map((type) =>
      eb.and([
        eb(sql.ref(`${table}.resource_type`), '=', type),
        eb.or([
          eb(sql.ref(`${table}.resource_id`), 'in', eb.selectFrom(tableOf[type]).select('id').where('owner_id', 'in', team)),
          eb(sql.ref(`${table}.resource_id`), 'in', sharedWithTeam(eb, type, team)),
        ]),
      ]),
    ),
  );
}
