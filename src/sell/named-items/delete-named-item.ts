import type { OpContext } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { isSellAdmin, sellContext } from '../sell-context.ts';
import type { NamedItemKind } from '../sell-tables.ts';
import { deleteNamedItemRow, findNamedItem } from './named-items.repo.ts';

/** Records that used it keep existing, with the reference cleared (the foreign keys set it to null). */
export async function deleteNamedItem(opCtx: OpContext, kind: NamedItemKind, label: string, id: number) {
  const ctx = await sellContext(opCtx);
  if (!isSellAdmin(ctx)) throw forbidden(`Only a Sell admin can delete a ${label}.`);
  if (!(await findNamedItem(ctx.sell, ctx.account.id, kind, id))) throw notFound(`That ${label}`);
  await deleteNamedItemRow(ctx.sell, ctx.account.id, id);
}
