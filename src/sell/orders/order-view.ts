import { apiTime } from '../records/api-time.ts';
import type { OrderRow } from '../sell-tables.ts';

export function toOrderView(o: OrderRow) {
  return { id: o.id, deal_id: o.deal_id, discount: o.discount, created_at: apiTime(o.created_at), updated_at: apiTime(o.updated_at) };
}
