import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleLineItem } from './load-visible-line-item.ts';

export async function getLineItem(opCtx: OpContext, orderId: number, id: number) {
  return loadVisibleLineItem(await sellContext(opCtx), orderId, id);
}
