import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import { findTag } from './tags.repo.ts';

export async function getTag(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  const tag = await findTag(ctx.sell, ctx.account.id, id);
  if (!tag) throw notFound('That tag');
  return tag;
}
