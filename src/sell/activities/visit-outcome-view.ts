import { apiTime } from '../records/api-time.ts';
import type { VisitOutcomeRow } from './visit-outcomes.repo.ts';

export function toVisitOutcomeView(o: VisitOutcomeRow) {
  return { id: o.id, name: o.name, created_at: apiTime(o.created_at), updated_at: apiTime(o.updated_at) };
}
