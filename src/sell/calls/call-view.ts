import { apiTime } from '../records/api-time.ts';
import type { CallRow } from '../sell-tables.ts';

export function toCallView(c: CallRow, associatedDealIds: number[]) {
  return {
    id: c.id,
    user_id: c.user_id,
    summary: c.summary,
    recording_url: c.recording_url,
    outcome_id: c.outcome_id,
    duration: c.duration,
    phone_number: c.phone_number,
    incoming: c.incoming === 1,
    missed: c.missed === 1,
    external_id: c.external_id,
    resource_type: c.resource_type,
    resource_id: c.resource_id,
    associated_deal_ids: associatedDealIds,
    made_at: apiTime(c.made_at),
    created_at: apiTime(c.created_at),
    updated_at: apiTime(c.updated_at),
  };
}
export type CallView = ReturnType<typeof toCallView>;
