import type { FastifyInstance } from 'fastify';
import { getTextMessage } from '../activities/get-text-message.ts';
import { listTextMessages } from '../activities/list-text-messages.ts';
import { listVisitOutcomes } from '../activities/list-visit-outcomes.ts';
import { listVisits } from '../activities/list-visits.ts';
import { toTextMessageView } from '../activities/text-message-view.ts';
import { toVisitOutcomeView } from '../activities/visit-outcome-view.ts';
import { toVisitView } from '../activities/visit-view.ts';
import { opContext } from '../../platform/http/op-context.ts';
import { many, one } from './envelopes.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { idDocs, listDocs } from './route-docs.ts';

const resourceFilters = {
  resource_id: { column: 'resource_id', kind: 'id' },
  resource_type: { column: 'resource_type', kind: 'string' },
} as const;

const textMessageSpec: ListSpec = {
  filters: resourceFilters,
  sortable: ['id', 'sent_at', 'created_at', 'updated_at'],
  defaultSort: 'id:desc',
};
const visitSpec: ListSpec = {
  filters: {
    ...resourceFilters,
    outcome_id: { column: 'outcome_id', kind: 'id' },
    creator_id: { column: 'creator_id', kind: 'id' },
    rep_location_verification_status: { column: 'rep_location_verification_status', kind: 'string' },
  },
  sortable: ['id', 'visited_at', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const visitOutcomeSpec: ListSpec = { filters: {}, sortable: ['id', 'name', 'created_at', 'updated_at'], defaultSort: 'id:asc' };

/** Read-only activities on records: text messages, visits and visit outcomes. */
export async function activityRoutes(app: FastifyInstance) {
  const config = (resource: string) => ({ scope: 'read', resource }) as const;

  app.get('/text_messages', { config: config('text_message'), schema: listDocs('Text messages', 'List text messages', textMessageSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, textMessageSpec);
    const { items, hasMore } = await listTextMessages(opContext(request), list);
    return many(request, 'text_message', items.map(toTextMessageView), list.page, list.perPage, hasMore);
  });
  app.get('/text_messages/:id', { config: config('text_message'), schema: idDocs('Text messages', 'Retrieve a text message') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('text_message', toTextMessageView(await getTextMessage(opContext(request), recordId(request.params))));
  });
  app.get('/visits', { config: config('visit'), schema: listDocs('Visits', 'List visits', visitSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, visitSpec);
    const { items, hasMore } = await listVisits(opContext(request), list);
    return many(request, 'visit', items.map(toVisitView), list.page, list.perPage, hasMore);
  });
  app.get('/visit_outcomes', { config: config('visit_outcome'), schema: listDocs('Visit outcomes', 'List visit outcomes', visitOutcomeSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, visitOutcomeSpec);
    const { items, hasMore } = await listVisitOutcomes(opContext(request), list);
    return many(request, 'visit_outcome', items.map(toVisitOutcomeView), list.page, list.perPage, hasMore);
  });
}
