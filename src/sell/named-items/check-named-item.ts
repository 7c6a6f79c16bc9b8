import { invalid } from '../../platform/http/app-error.ts';
import type { NamedItemKind, SellExecutor } from '../sell-tables.ts';
import { findNamedItem } from './named-items.repo.ts';

const what: Record<NamedItemKind, string> = {
  lead_source: 'lead source',
  deal_source: 'deal source',
  loss_reason: 'loss reason',
  deal_unqualified_reason: 'unqualified reason',
  lead_unqualified_reason: 'unqualified reason',
};

/** An id given for a source or reason must name one of this account's, of the right kind. */
export async function checkNamedItem(db: SellExecutor, accountId: number, kind: NamedItemKind, field: string, id: number | null | undefined) {
  if (id === null || id === undefined) return;
  if (!(await findNamedItem(db, accountId, kind, id))) throw invalid(field, `No ${what[kind]} with id ${id} in this account.`);
}
