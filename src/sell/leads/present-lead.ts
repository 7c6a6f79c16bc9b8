import { readExtras } from '../records/record-extras.ts';
import type { LeadRow, SellExecutor } from '../sell-tables.ts';
import { toLeadView } from './lead-view.ts';

/** A stored lead with its tags and custom values, as the API shows it. */
export async function presentLead(db: SellExecutor, accountId: number, lead: LeadRow) {
  const extras = await readExtras(db, accountId, 'lead', [lead.id]);
  return toLeadView(lead, extras.get(lead.id)!);
}
