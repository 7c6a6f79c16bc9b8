import { apiTime } from '../records/api-time.ts';
import type { NamedItemRow } from './named-items.repo.ts';

export function toNamedItemView(item: NamedItemRow, resourceType?: 'lead' | 'deal') {
  return {
    id: item.id,
    name: item.name,
    ...(resourceType ? { resource_type: resourceType } : {}),
    creator_id: item.creator_id,
    created_at: apiTime(item.created_at),
    updated_at: apiTime(item.updated_at),
  };
}
