import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { toVisitorView, type VisitorView } from '../visitors/visitor-view.ts';
import { findVisitor } from '../visitors/visitors.repo.ts';

export async function getVisitor(ctx: ChatContext, id: number): Promise<VisitorView> {
  const visitor = await findVisitor(ctx.chat, ctx.account.id, id);
  if (!visitor) throw notFound('That visitor');
  return toVisitorView(visitor);
}
