import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleOrder } from './load-visible-order.ts';

export async function getOrder(opCtx: OpContext, id: number) {
  return loadVisibleOrder(await sellContext(opCtx), id);
}
