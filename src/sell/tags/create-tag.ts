import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { sellContext } from '../sell-context.ts';
import { tagInputSchema } from './tag-input.ts';
import { tagNameTaken } from './tag-name-taken.ts';
import { findTagByName } from './tags.repo.ts';

/** Tags are the account's shared vocabulary per record type: every Sell user reads and adds them. */
export async function createTag(opCtx: OpContext, raw: unknown) {
  const ctx = await sellContext(opCtx);
  const input = tagInputSchema.parse(raw);
  if (await findTagByName(ctx.sell, ctx.account.id, input.resource_type, input.name)) throw tagNameTaken(input.name);
  const now = nowIso();
  try {
    return await ctx.sell
      .insertInto('sell_tags')
      .values({ account_id: ctx.account.id, creator_id: ctx.actor.id, resource_type: input.resource_type, name: input.name, name_lower: input.name.toLowerCase(), created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error)) throw tagNameTaken(input.name);
    throw error;
  }
}
