import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { toCustomFieldView } from './custom-field-view.ts';
import { listCustomFields } from './custom-fields.repo.ts';

/** A record type's custom fields in their order, as the API shows them (anyone with a Sell seat). */
export async function listCustomFieldViews(opCtx: OpContext, resourceType: ResourceType) {
  const ctx = await sellContext(opCtx);
  return (await listCustomFields(ctx.sell, ctx.account.id, resourceType)).map(toCustomFieldView);
}
