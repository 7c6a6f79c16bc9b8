import { apiTime } from '../records/api-time.ts';
import type { RecordExtras } from '../records/record-extras.ts';
import type { DealRow } from '../sell-tables.ts';

/** A deal as the Sell API shows it: `value` as a decimal string, never a float. */
export function toDealView(deal: DealRow, extras: RecordExtras) {
  return {
    id: deal.id,
    creator_id: deal.creator_id,
    owner_id: deal.owner_id,
    name: deal.name,
    value: deal.value,
    currency: deal.currency,
    hot: deal.hot === 1,
    stage_id: deal.stage_id,
    contact_id: deal.contact_id,
    organization_id: deal.organization_id,
    source_id: deal.source_id,
    loss_reason_id: deal.loss_reason_id,
    unqualified_reason_id: deal.unqualified_reason_id,
    dropbox_email: null,
    estimated_close_date: deal.estimated_close_date,
    customized_win_likelihood: deal.customized_win_likelihood,
    last_stage_change_at: apiTime(deal.last_stage_change_at),
    last_stage_change_by_id: deal.last_stage_change_by_id,
    last_activity_at: apiTime(deal.last_activity_at),
    // Clients write `added_on` and some read `added_at`: both name the same moment.
    added_on: apiTime(deal.added_at),
    added_at: apiTime(deal.added_at),
    tags: extras.tags,
    custom_fields: extras.custom_fields,
    lead_id: deal.lead_id,
    created_at: apiTime(deal.created_at),
    updated_at: apiTime(deal.updated_at),
  };
}
export type DealView = ReturnType<typeof toDealView>;
