import { apiTime } from '../records/api-time.ts';
import type { NoteRow } from './notes.repo.ts';

export function toNoteView(n: NoteRow) {
  return {
    id: n.id,
    creator_id: n.creator_id,
    content: n.content,
    resource_type: n.resource_type,
    resource_id: n.resource_id,
    type: 'regular',
    created_at: apiTime(n.created_at),
    updated_at: apiTime(n.updated_at),
  };
}
