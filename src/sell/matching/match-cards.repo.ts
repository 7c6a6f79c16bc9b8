import type { Kysely } from 'kysely';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { ContactPointRecordType, SellDatabase } from '../sell-tables.ts';

// The reads behind a visitor's card, compiled once each: they run for every chat served, so they skip
// Kysely's per-call build (see reusableQuery). Lists have a fixed shape: a record and at most one other
// (a contact's company), -1 standing for none.

export const leadById = reusableQuery((db: Kysely<SellDatabase>, accountId: number, id: number) =>
  db.selectFrom('sell_leads').selectAll().where('account_id', '=', accountId).where('id', '=', id),
);

export const contactById = reusableQuery((db: Kysely<SellDatabase>, accountId: number, id: number) =>
  db.selectFrom('sell_contacts').selectAll().where('account_id', '=', accountId).where('id', '=', id),
);

/** Tag names of a record and one other of the same type, sorted. */
export const tagsOfTwo = reusableQuery((db: Kysely<SellDatabase>, accountId: number, type: ContactPointRecordType, id: number, otherId: number) =>
  db
    .selectFrom('sell_taggings as g')
    .innerJoin('sell_tags as t', 't.id', 'g.tag_id')
    .select(['g.resource_id', 't.name'])
    .where('g.account_id', '=', accountId)
    .where('g.resource_type', '=', type)
    .where('g.resource_id', 'in', [id, otherId])
    .orderBy('t.name'),
);

/** Stored custom values (JSON text) of a record and one other of the same type. */
export const customValuesOfTwo = reusableQuery((db: Kysely<SellDatabase>, accountId: number, type: ContactPointRecordType, id: number, otherId: number) =>
  db
    .selectFrom('sell_custom_values')
    .select(['resource_id', 'field_id', 'value'])
    .where('account_id', '=', accountId)
    .where('resource_type', '=', type)
    .where('resource_id', 'in', [id, otherId]),
);

export const customFieldNames = reusableQuery((db: Kysely<SellDatabase>, accountId: number, type: ContactPointRecordType) =>
  db.selectFrom('sell_custom_fields').select(['id', 'name']).where('account_id', '=', accountId).where('resource_type', '=', type),
);

/**
 * A contact's deals with their stages, most recently updated first: deals whose contact it is, whose
 * organization it is (`organizationId`: the contact's id when it is one, -1 for a person), and deals it
 * is associated with.
 */
export const dealsOfContact = reusableQuery((db: Kysely<SellDatabase>, accountId: number, contactId: number, organizationId: number, limit: number) =>
  db
    .selectFrom('sell_deals as d')
    .innerJoin('sell_stages as s', 's.id', 'd.stage_id')
    .select(['d.id', 'd.name', 'd.value', 'd.currency', 'd.owner_id', 'd.stage_id', 's.name as stage_name', 's.category as stage_category', 'd.updated_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('d.account_id', '=', accountId), eb('d.contact_id', '=', contactId)]),
        eb.and([eb('d.account_id', '=', accountId), eb('d.organization_id', '=', organizationId)]),
        // By primary key: the association row is the account's, and so is its deal.
        eb('d.id', 'in', eb.selectFrom('sell_deal_contacts as dc').select('dc.deal_id').where('dc.account_id', '=', accountId).where('dc.contact_id', '=', contactId)),
      ]),
    )
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit),
);
