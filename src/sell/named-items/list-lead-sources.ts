import type { OpContext } from '../../platform/context.ts';
import { listNamedItems } from './list-named-items.ts';
import { toNamedItemView } from './named-item-view.ts';

/** Lead sources read at once: an account has a handful. */
const ALL_SOURCES = 1000;

/** The account's lead sources by name, as the API shows them (anyone with a Sell seat). */
export async function listLeadSources(opCtx: OpContext) {
  const { items } = await listNamedItems(opCtx, 'lead_source', { page: 1, perPage: ALL_SOURCES, sort: { field: 'name_lower', direction: 'asc' }, equals: {}, address: {}, custom: {} });
  return items.map((item) => toNamedItemView(item, 'lead'));
}
