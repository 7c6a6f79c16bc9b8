import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import type { NamedItemKind } from '../sell-tables.ts';
import { findNamedItem } from './named-items.repo.ts';

export async function getNamedItem(opCtx: OpContext, kind: NamedItemKind, label: string, id: number) {
  const ctx = await sellContext(opCtx);
  const item = await findNamedItem(ctx.sell, ctx.account.id, kind, id);
  if (!item) throw notFound(`That ${label}`);
  return item;
}
