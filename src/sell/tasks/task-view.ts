import { apiTime } from '../records/api-time.ts';
import type { TaskRow } from './tasks.repo.ts';

export function toTaskView(t: TaskRow, now = new Date().toISOString()) {
  return {
    id: t.id,
    creator_id: t.creator_id,
    owner_id: t.owner_id,
    resource_type: t.resource_type,
    resource_id: t.resource_id,
    content: t.content,
    due_date: apiTime(t.due_date),
    remind_at: apiTime(t.remind_at),
    completed: t.completed === 1,
    completed_at: apiTime(t.completed_at),
    overdue: t.completed === 0 && t.due_date !== null && t.due_date < now,
    created_at: apiTime(t.created_at),
    updated_at: apiTime(t.updated_at),
  };
}
