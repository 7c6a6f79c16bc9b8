import { apiTime } from '../records/api-time.ts';
import type { AssociatedContactRow } from './associated-contacts.repo.ts';

/** An associated contact as the Sell API shows it: no id of its own, the contact's id names it. */
export function toAssociatedContactView(row: AssociatedContactRow) {
  return { contact_id: row.contact_id, role: row.role, created_at: apiTime(row.created_at), updated_at: apiTime(row.updated_at) };
}
