import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import { findTag } from './tags.repo.ts';

/** Removes the tag from every record that has it. */
export async function deleteTag(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  if (!(await findTag(ctx.sell, ctx.account.id, id))) throw notFound('That tag');
  await ctx.sell.deleteFrom('sell_tags').where('account_id', '=', ctx.account.id).where('id', '=', id).execute();
}
