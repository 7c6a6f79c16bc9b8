import { z } from 'zod';
import type { OpContext } from '../context.ts';
import { nowIso } from '../db/time.ts';
import { requireSignedIn } from './guards.ts';
import { localeSchema, nameSchema } from './user-input.ts';
import { updateUser } from './users.repo.ts';

export const ownProfileSchema = z.object({ name: nameSchema, locale: localeSchema.nullable() }).partial().strict();

/** What any user may change about themselves: their name and the language of the interface. */
export async function updateOwnProfile(ctx: OpContext, input: z.input<typeof ownProfileSchema>) {
  const actor = requireSignedIn(ctx);
  const patch = ownProfileSchema.parse(input);
  return updateUser(ctx.db.kysely, ctx.account.id, actor.id, { ...patch, updated_at: nowIso() });
}
