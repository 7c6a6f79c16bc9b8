import { presentRecords } from '../records/present-records.ts';
import type { ContactRow, SellExecutor } from '../sell-tables.ts';
import { toContactView } from './contact-view.ts';

/** A stored contact with its tags and custom values, as the API shows it. */
export async function presentContact(db: SellExecutor, accountId: number, contact: ContactRow) {
  return (await presentRecords(db, accountId, 'contact', [contact], toContactView))[0]!;
}
