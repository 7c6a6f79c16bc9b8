import { apiTime } from '../records/api-time.ts';
import type { CollaborationRow } from '../sell-tables.ts';

export function toCollaborationView(c: CollaborationRow) {
  return {
    id: c.id,
    creator_id: c.creator_id,
    resource_type: c.resource_type,
    resource_id: c.resource_id,
    collaborator_id: c.collaborator_id,
    created_at: apiTime(c.created_at),
    updated_at: apiTime(c.updated_at),
  };
}
