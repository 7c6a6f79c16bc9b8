import { AppError, forbidden } from '../../platform/http/app-error.ts';
import type { UserRow } from '../../platform/identity/users.repo.ts';
import type { ChatContext } from '../chat-context.ts';
import type { VisitorRow } from '../chat-tables.ts';

export const NO_CHAT_ROLE = 'You have no Chat role. Ask the Chat owner or a Chat admin to make you an agent.';

export function hasChatRole(user: Pick<UserRow, 'chat_role' | 'active'>): boolean {
  return user.active === 1 && user.chat_role !== 'none';
}

export function isChatAdmin(user: Pick<UserRow, 'chat_role' | 'active'>): boolean {
  return user.active === 1 && (user.chat_role === 'admin' || user.chat_role === 'owner');
}

/** The acting agent: a signed-in user with a Chat role. */
export function requireAgent(ctx: ChatContext): UserRow {
  if (ctx.actor.kind !== 'agent') throw new AppError(401, 'unauthenticated', 'Sign in as an agent to continue.');
  if (!hasChatRole(ctx.actor.user)) throw forbidden(NO_CHAT_ROLE);
  return ctx.actor.user;
}

/** The Chat owner or a Chat admin (or the system); returns the user, or null for the system. */
export function requireChatAdmin(ctx: ChatContext, message: string): UserRow | null {
  if (ctx.actor.kind === 'system') return null;
  const user = requireAgent(ctx);
  if (!isChatAdmin(user)) throw forbidden(message);
  return user;
}

export function requireVisitor(ctx: ChatContext): VisitorRow {
  if (ctx.actor.kind !== 'visitor') throw forbidden('Only the visitor of this chat can do that.');
  return ctx.actor.visitor;
}
