import { sql } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { ListRequest } from '../records/list-request.ts';
import { apiTime } from '../records/api-time.ts';
import { sellContext } from '../sell-context.ts';
import { tagInputSchema } from './tag-input.ts';
import { findTag, findTagByName, type TagRow } from './tags.repo.ts';

const taken = (name: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'name', code: 'taken', message: `A tag named "${name}" already exists for this record type.` }]);

export function toTagView(t: TagRow) {
  return { id: t.id, creator_id: t.creator_id, name: t.name, resource_type: t.resource_type, created_at: apiTime(t.created_at), updated_at: apiTime(t.updated_at) };
}

/** Tags are the account's shared vocabulary per record type: every Sell user reads and adds them. */
export async function createTag(opCtx: OpContext, raw: unknown) {
  const ctx = await sellContext(opCtx);
  const input = tagInputSchema.parse(raw);
  if (await findTagByName(ctx.sell, ctx.account.id, input.resource_type, input.name)) throw taken(input.name);
  const now = nowIso();
  try {
    return await ctx.sell
      .insertInto('sell_tags')
      .values({ account_id: ctx.account.id, creator_id: ctx.actor.id, resource_type: input.resource_type, name: input.name, name_lower: input.name.toLowerCase(), created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(input.name);
    throw error;
  }
}

export async function getTag(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  const tag = await findTag(ctx.sell, ctx.account.id, id);
  if (!tag) throw notFound('That tag');
  return tag;
}

/** Renames a tag everywhere it is used. */
export async function updateTag(opCtx: OpContext, id: number, raw: { name?: unknown }) {
  const ctx = await sellContext(opCtx);
  const tag = await findTag(ctx.sell, ctx.account.id, id);
  if (!tag) throw notFound('That tag');
  if (raw.name === undefined) return tag;
  const { name } = tagInputSchema.pick({ name: true }).parse({ name: raw.name });
  const holder = await findTagByName(ctx.sell, ctx.account.id, tag.resource_type, name);
  if (holder && holder.id !== id) throw taken(name);
  return ctx.sell
    .updateTable('sell_tags')
    .set({ name, name_lower: name.toLowerCase(), updated_at: nowIso() })
    .where('account_id', '=', ctx.account.id)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Removes the tag from every record that has it. */
export async function deleteTag(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  if (!(await findTag(ctx.sell, ctx.account.id, id))) throw notFound('That tag');
  await ctx.sell.deleteFrom('sell_tags').where('account_id', '=', ctx.account.id).where('id', '=', id).execute();
}

export async function listTags(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  let query = ctx.sell.selectFrom('sell_tags').selectAll().where('account_id', '=', ctx.account.id);
  if (request.ids) query = query.where('id', 'in', request.ids.length ? request.ids : [-1]);
  const { name, ...columns } = request.equals;
  if (typeof name === 'string') query = query.where('name_lower', '=', name.trim().toLowerCase());
  for (const [column, value] of Object.entries(columns)) query = query.where(sql.ref(column), '=', value);
  const rows = await query
    .orderBy(sql.ref(request.sort.field), request.sort.direction)
    .orderBy('id', request.sort.direction)
    .limit(request.perPage + 1)
    .offset((request.page - 1) * request.perPage)
    .execute();
  return { items: rows.slice(0, request.perPage), hasMore: rows.length > request.perPage };
}
