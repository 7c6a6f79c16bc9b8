import { presentRecords } from '../records/present-records.ts';
import type { DealRow, SellExecutor } from '../sell-tables.ts';
import { toDealView } from './deal-view.ts';

/** A stored deal with its tags and custom values, as the API shows it. */
export async function presentDeal(db: SellExecutor, accountId: number, deal: DealRow) {
  return (await presentRecords(db, accountId, 'deal', [deal], toDealView))[0]!;
}
