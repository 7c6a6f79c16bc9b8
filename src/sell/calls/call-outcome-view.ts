import { apiTime } from '../records/api-time.ts';
import type { CallOutcomeRow } from './call-outcomes.repo.ts';

export function toCallOutcomeView(o: CallOutcomeRow) {
  return { id: o.id, name: o.name, creator_id: o.creator_id, created_at: apiTime(o.created_at), updated_at: apiTime(o.updated_at) };
}
