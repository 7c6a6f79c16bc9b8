import type { OpContext } from '../../platform/context.ts';
import { createNamedItem } from './create-named-item.ts';
import { toNamedItemView } from './named-item-view.ts';

/** Adds a lead source by name (Sell admins); a name already taken in any letter case is refused. */
export async function createLeadSource(opCtx: OpContext, name: string) {
  return toNamedItemView(await createNamedItem(opCtx, 'lead_source', 'lead source', { name }), 'lead');
}
