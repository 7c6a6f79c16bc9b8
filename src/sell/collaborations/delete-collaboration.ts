import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { deleteCollaborationRow } from './collaborations.repo.ts';
import { loadVisibleCollaboration } from './load-visible-collaboration.ts';

/** Anyone who sees the record may take a collaborator off it. */
export async function deleteCollaboration(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleCollaboration(ctx, id);
  await deleteCollaborationRow(ctx.sell, ctx.account.id, id);
}
