import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import { tagInputSchema } from './tag-input.ts';
import { tagNameTaken } from './tag-name-taken.ts';
import { findTag, findTagByName } from './tags.repo.ts';

/** Renames a tag everywhere it is used. */
export async function updateTag(opCtx: OpContext, id: number, raw: { name?: unknown }) {
  const ctx = await sellContext(opCtx);
  const tag = await findTag(ctx.sell, ctx.account.id, id);
  if (!tag) throw notFound('That tag');
  if (raw.name === undefined) return tag;
  const { name } = tagInputSchema.pick({ name: true }).parse({ name: raw.name });
  const holder = await findTagByName(ctx.sell, ctx.account.id, tag.resource_type, name);
  if (holder && holder.id !== id) throw tagNameTaken(name);
  return ctx.sell
    .updateTable('sell_tags')
    .set({ name, name_lower: name.toLowerCase(), updated_at: nowIso() })
    .where('account_id', '=', ctx.account.id)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
