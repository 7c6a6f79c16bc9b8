import { forbidden } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { visitorEmailKeysPage } from './visitor-email.repo.ts';

/** One page of the distinct emails chat visitors gave (lower case, in order, after `after`). The system only. */
export async function listVisitorEmails(ctx: ChatContext, input: { after: string | null; limit: number }): Promise<string[]> {
  if (ctx.actor.kind !== 'system') throw forbidden('Only Tandem itself lists visitor emails.');
  return visitorEmailKeysPage(ctx.chat, ctx.account.id, input.after, Math.max(1, Math.min(input.limit, 1000)));
}
