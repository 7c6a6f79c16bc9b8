import { appendEvent } from '../../platform/events/append-event.ts';
import '../sell-events.ts';
import type { ContactPointRecordType, ResourceType, SellExecutor } from '../sell-tables.ts';
import { contactPointsOf, samePoints, type ContactPoint } from './contact-point-rules.ts';
import { customDetailsOf, detailsOfRecord, pointsOfRecord, replacePointsOfRecord } from './contact-points.repo.ts';
import { phoneCountryOf } from './phone-country.ts';

/**
 * Brings a lead's or contact's matching keys in line with what is stored now, inside the transaction
 * that wrote it (after its custom values): every create, update, conversion and delete ends here or,
 * for deletes, in deleteRecordTraces. Deals carry no contact details and are ignored.
 */
export async function refreshContactPoints(trx: SellExecutor, accountId: number, resourceType: ResourceType, id: number) {
  if (resourceType === 'deal') return;
  const type: ContactPointRecordType = resourceType;
  const details = await detailsOfRecord(trx, accountId, type, id);
  const wanted = details ? contactPointsOf(details, (await customDetailsOf(trx, accountId, type, [id])).get(id) ?? [], await phoneCountryOf(trx, accountId)) : [];
  const stored = await pointsOfRecord(trx, accountId, type, id);
  if (samePoints(wanted, stored)) return;
  await replacePointsOfRecord(trx, accountId, type, id, wanted);
  // Past chats follow a record's emails (W-5): say when they changed, a new record's included.
  const emails = emailsOf(wanted);
  if (emails.join('\n') !== emailsOf(stored).join('\n')) await appendEvent(trx, accountId, 'sell.record.emails_changed', { resourceType: type, resourceId: id, emails });
}

function emailsOf(points: ContactPoint[]): string[] {
  return [...new Set(points.filter((p) => p.kind === 'email').map((p) => p.value))].sort();
}
