import type { OpContext } from '../../platform/context.ts';
import { readVisibleRecord } from '../records/read-record.ts';
import { sellContext } from '../sell-context.ts';
import { toLeadView } from './lead-view.ts';

export async function getLead(opCtx: OpContext, id: number) {
  const { row, extras } = await readVisibleRecord(await sellContext(opCtx), 'lead', id, 'That lead');
  return toLeadView(row, extras);
}
