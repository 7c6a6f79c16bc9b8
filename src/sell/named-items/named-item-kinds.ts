import type { NamedItemKind } from '../sell-tables.ts';

/** How each named list appears in the API: its path, its `meta.type`, and what it is called in messages. */
export const namedItemEndpoints: { path: string; kind: NamedItemKind; type: string; label: string; writable: boolean; resourceType?: 'lead' | 'deal' }[] = [
  { path: 'lead_sources', kind: 'lead_source', type: 'lead_source', label: 'lead source', writable: true, resourceType: 'lead' },
  { path: 'deal_sources', kind: 'deal_source', type: 'deal_source', label: 'deal source', writable: true, resourceType: 'deal' },
  // The legacy name of deal sources: the same list under its old path and type.
  { path: 'sources', kind: 'deal_source', type: 'source', label: 'source', writable: true, resourceType: 'deal' },
  { path: 'loss_reasons', kind: 'loss_reason', type: 'loss_reason', label: 'loss reason', writable: true },
  { path: 'deal_unqualified_reasons', kind: 'deal_unqualified_reason', type: 'deal_unqualified_reason', label: 'unqualified reason', writable: true },
  { path: 'lead_unqualified_reasons', kind: 'lead_unqualified_reason', type: 'lead_unqualified_reason', label: 'unqualified reason', writable: false },
];
