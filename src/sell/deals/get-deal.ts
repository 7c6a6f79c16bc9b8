import type { OpContext } from '../../platform/context.ts';
import { readVisibleRecord } from '../records/read-record.ts';
import { sellContext } from '../sell-context.ts';
import { toDealView } from './deal-view.ts';

export async function getDeal(opCtx: OpContext, id: number) {
  const { row, extras } = await readVisibleRecord(await sellContext(opCtx), 'deal', id, 'That deal');
  return toDealView(row, extras);
}
