import type { OpContext } from '../../platform/context.ts';
import { readVisibleRecord } from '../records/read-record.ts';
import { sellContext } from '../sell-context.ts';
import { toContactView } from './contact-view.ts';

export async function getContact(opCtx: OpContext, id: number) {
  const { row, extras } = await readVisibleRecord(await sellContext(opCtx), 'contact', id, 'That contact');
  return toContactView(row, extras);
}
