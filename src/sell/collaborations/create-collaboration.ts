import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { checkSellUser } from '../records/check-sell-user.ts';
import { blankField } from '../records/blank-field.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import { sellContext } from '../sell-context.ts';
import { collaborationInputSchema, type CollaborationInput } from './collaboration-input.ts';
import { findCollaborator, insertCollaboration } from './collaborations.repo.ts';

const alreadyCollaborates = (collaboratorId: number) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [
    { field: 'collaborator_id', code: 'taken', message: `User ${collaboratorId} already collaborates on this record.` },
  ]);

/** Adds a Sell user as a collaborator on a lead, contact or deal the actor sees; once per user and record. */
export async function createCollaboration(opCtx: OpContext, rawInput: CollaborationInput) {
  const ctx = await sellContext(opCtx);
  const input = collaborationInputSchema.parse(rawInput);
  if (!input.resource_type) throw blankField('resource_type', 'Say what the collaboration is on: lead, contact or deal.');
  if (!input.resource_id) throw blankField('resource_id', 'Give the id of the record.');
  if (!input.collaborator_id) throw blankField('collaborator_id', 'Say which user collaborates.');
  await checkVisibleRecord(ctx, input.resource_type, input.resource_id);
  await checkSellUser(ctx, 'collaborator_id', input.collaborator_id);
  if (await findCollaborator(ctx.sell, ctx.account.id, input.resource_type, input.resource_id, input.collaborator_id)) {
    throw alreadyCollaborates(input.collaborator_id);
  }
  const now = nowIso();
  try {
    return await insertCollaboration(ctx.sell, {
      account_id: ctx.account.id,
      creator_id: ctx.actor.id,
      resource_type: input.resource_type,
      resource_id: input.resource_id,
      collaborator_id: input.collaborator_id,
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyCollaborates(input.collaborator_id);
    throw error;
  }
}
