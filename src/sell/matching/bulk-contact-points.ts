import type { ContactPointRecordType } from '../sell-tables.ts';
import { contactPointsOf, type StandardDetails } from './contact-point-rules.ts';
import type { ContactPointRow } from './contact-points.repo.ts';

/**
 * The matching-key rows of records written in bulk straight into their table (bulk seeding), where no
 * operation runs to keep them: without them those records could never match a visitor.
 */
export function contactPointRowsOf(accountId: number, type: ContactPointRecordType, records: (StandardDetails & { id: number })[], country: string): ContactPointRow[] {
  return records.flatMap((r) => contactPointsOf(r, [], country).map((p) => ({ account_id: accountId, resource_type: type, resource_id: r.id, ...p })));
}
