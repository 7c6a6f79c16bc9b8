import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleContact } from './load-visible-contact.ts';
import { presentContact } from './present-contact.ts';

export async function getContact(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  return presentContact(ctx.sell, ctx.account.id, await loadVisibleContact(ctx, id));
}
