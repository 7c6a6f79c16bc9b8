import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { SellContext } from '../sell-context.ts';
import { hasCallOutcomes, insertCallOutcomes } from './call-outcomes.repo.ts';

const DEFAULT_CALL_OUTCOMES = ['Interested', 'Not interested', 'Left voicemail', 'No answer', 'Wrong number'];

/** An account gets the usual call outcomes the first time they are asked for. Idempotent. */
export async function ensureCallOutcomes(ctx: SellContext) {
  if (await hasCallOutcomes(ctx.sell, ctx.account.id)) return;
  const now = nowIso();
  try {
    await insertCallOutcomes(
      ctx.sell,
      DEFAULT_CALL_OUTCOMES.map((name) => ({ account_id: ctx.account.id, name, name_lower: name.toLowerCase(), creator_id: null, created_at: now, updated_at: now })),
    );
  } catch (error) {
    // Another request seeded them at the same moment: its rows stand.
    if (!isUniqueViolation(error)) throw error;
  }
}
