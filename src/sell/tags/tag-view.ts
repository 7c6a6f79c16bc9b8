import { apiTime } from '../records/api-time.ts';
import type { TagRow } from './tags.repo.ts';

export function toTagView(t: TagRow) {
  return { id: t.id, creator_id: t.creator_id, name: t.name, resource_type: t.resource_type, created_at: apiTime(t.created_at), updated_at: apiTime(t.updated_at) };
}
