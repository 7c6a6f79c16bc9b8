import { apiTime } from '../records/api-time.ts';
import type { VisitRow } from './visits.repo.ts';

export function toVisitView(v: VisitRow) {
  return {
    id: v.id,
    creator_id: v.creator_id,
    outcome_id: v.outcome_id,
    resource_type: v.resource_type,
    resource_id: v.resource_id,
    resource_address: v.resource_address,
    rep_location_verification_status: v.rep_location_verification_status,
    summary: v.summary,
    visited_at: apiTime(v.visited_at),
    created_at: apiTime(v.created_at),
    updated_at: apiTime(v.updated_at),
  };
}
