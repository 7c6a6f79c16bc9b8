import type { ResourceType, SellExecutor } from '../sell-tables.ts';
import { readExtras, type RecordExtras } from './record-extras.ts';

/** Stored records with their tags and custom values, as the API shows them (one query each for all rows). */
export async function presentRecords<Row extends { id: number }, View>(
  db: SellExecutor,
  accountId: number,
  resourceType: ResourceType,
  rows: Row[],
  toView: (row: Row, extras: RecordExtras) => View,
): Promise<View[]> {
  const extras = await readExtras(db, accountId, resourceType, rows.map((r) => r.id));
  return rows.map((row) => toView(row, extras.get(row.id)!));
}
