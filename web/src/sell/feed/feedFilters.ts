import type { FeedKind, ResourceType } from '../api/types';

export type FeedFilter = 'note' | 'task' | 'status_changed' | 'owner_changed' | 'stage_changed' | 'converted' | 'chat' | 'created';

/** One chip can stand for several kinds: "Tasks" shows added and completed tasks. */
export const FILTER_KINDS: Record<FeedFilter, FeedKind[]> = {
  note: ['note'],
  task: ['task', 'task_completed'],
  status_changed: ['status_changed'],
  owner_changed: ['owner_changed'],
  stage_changed: ['stage_changed'],
  converted: ['converted'],
  chat: ['chat'],
  created: ['created'],
};

/** The chips that make sense on each record (a contact or deal shows its lead's history too). */
export const FILTERS_FOR: Record<ResourceType, FeedFilter[]> = {
  lead: ['note', 'task', 'status_changed', 'owner_changed', 'converted', 'chat'],
  contact: ['note', 'task', 'owner_changed', 'status_changed', 'converted', 'chat'],
  deal: ['note', 'task', 'stage_changed', 'owner_changed', 'converted', 'chat'],
};

export function kindsOf(filters: readonly FeedFilter[]): FeedKind[] {
  return filters.flatMap((filter) => FILTER_KINDS[filter]);
}
