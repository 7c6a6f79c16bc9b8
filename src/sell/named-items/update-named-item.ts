import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { isSellAdmin, sellContext } from '../sell-context.ts';
import type { NamedItemKind } from '../sell-tables.ts';
import { nameTaken } from './name-taken.ts';
import { namedItemInputSchema, type NamedItemInput } from './named-item-input.ts';
import { findNamedItem, findNamedItemByName, updateNamedItemRow } from './named-items.repo.ts';

export async function updateNamedItem(opCtx: OpContext, kind: NamedItemKind, label: string, id: number, rawInput: Partial<NamedItemInput>) {
  const ctx = await sellContext(opCtx);
  if (!isSellAdmin(ctx)) throw forbidden(`Only a Sell admin can change a ${label}.`);
  const current = await findNamedItem(ctx.sell, ctx.account.id, kind, id);
  if (!current) throw notFound(`That ${label}`);
  if (rawInput.name === undefined) return current;
  const { name } = namedItemInputSchema.parse({ name: rawInput.name });
  const holder = await findNamedItemByName(ctx.sell, ctx.account.id, kind, name);
  if (holder && holder.id !== id) throw nameTaken(label, name);
  try {
    return await updateNamedItemRow(ctx.sell, ctx.account.id, id, name, nowIso());
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(label, name);
    throw error;
  }
}
