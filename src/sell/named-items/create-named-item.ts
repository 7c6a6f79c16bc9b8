import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { forbidden } from '../../platform/http/app-error.ts';
import { isSellAdmin, sellContext } from '../sell-context.ts';
import type { NamedItemKind } from '../sell-tables.ts';
import { nameTaken } from './name-taken.ts';
import { namedItemInputSchema, type NamedItemInput } from './named-item-input.ts';
import { findNamedItemByName, insertNamedItem } from './named-items.repo.ts';

/** Adds a source or a reason to the account's list (Sell admins: these lists are account settings). */
export async function createNamedItem(opCtx: OpContext, kind: NamedItemKind, label: string, rawInput: NamedItemInput) {
  const ctx = await sellContext(opCtx);
  if (!isSellAdmin(ctx)) throw forbidden(`Only a Sell admin can add a ${label}.`);
  const { name } = namedItemInputSchema.parse(rawInput);
  if (await findNamedItemByName(ctx.sell, ctx.account.id, kind, name)) throw nameTaken(label, name);
  const now = nowIso();
  try {
    return await insertNamedItem(ctx.sell, {
      account_id: ctx.account.id,
      kind,
      name,
      name_lower: name.toLowerCase(),
      creator_id: ctx.actor.id,
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(label, name);
    throw error;
  }
}
