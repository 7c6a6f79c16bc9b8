import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import { requireAttachedVisible } from './attached-visible.ts';
import { findTextMessage } from './text-messages.repo.ts';

export async function getTextMessage(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  const message = await findTextMessage(ctx.sell, ctx.account.id, id);
  if (!message) throw notFound('That text message');
  await requireAttachedVisible(ctx, message.resource_type, message.resource_id, 'That text message');
  return message;
}
