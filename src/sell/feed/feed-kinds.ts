/** What a feed item can say happened; the web app filters by these. */
export const feedKinds = ['created', 'note', 'task', 'task_completed', 'status_changed', 'owner_changed', 'stage_changed', 'converted', 'chat'] as const;
export type FeedKind = (typeof feedKinds)[number];
