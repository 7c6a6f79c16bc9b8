import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { deleteCustomField as deleteRow, listCustomFields } from './custom-fields.repo.ts';

/** Deleting a field deletes its values on every record (they cascade). */
export async function deleteCustomField(opCtx: OpContext, resourceType: ResourceType, id: number) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'delete custom fields');
  if (!(await listCustomFields(ctx.sell, ctx.account.id, resourceType)).some((f) => f.id === id)) throw notFound('That custom field');
  await deleteRow(ctx.sell, ctx.account.id, id);
}
