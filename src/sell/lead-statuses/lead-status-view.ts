import { apiTime } from '../records/api-time.ts';
import type { SellTables } from '../sell-tables.ts';
import type { Selectable } from 'kysely';

export function toLeadStatusView(s: Selectable<SellTables['sell_lead_statuses']>) {
  return { id: s.id, name: s.name, position: s.position, default: s.is_default === 1, created_at: apiTime(s.created_at), updated_at: apiTime(s.updated_at) };
}
