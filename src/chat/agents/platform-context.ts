import type { OpContext } from '../../platform/context.ts';
import type { ChatContext } from '../chat-context.ts';

/** The platform's view of a Chat operation: agents are users, managed under the platform's identity rules. */
export function platformContext(ctx: ChatContext): OpContext {
  return { db: ctx.db, account: ctx.account, actor: ctx.actor.kind === 'agent' ? ctx.actor.user : null };
}
