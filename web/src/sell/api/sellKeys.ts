import type { FeedKind, ResourceType } from './types';

export type NamedItemKind =
  | 'lead_sources'
  | 'deal_sources'
  | 'loss_reasons'
  | 'deal_unqualified_reasons'
  | 'lead_unqualified_reasons';

/** Query keys of everything Sell caches; every key starts with 'sell' so a sign-out clears them all. */
export const sellKeys = {
  users: ['sell', 'users'] as const,
  account: ['sell', 'account'] as const,
  leadStatuses: ['sell', 'lead-statuses'] as const,
  namedItems: (kind: NamedItemKind) => ['sell', 'named-items', kind] as const,
  customFields: (resource: ResourceType) => ['sell', 'custom-fields', resource] as const,
  pipelines: ['sell', 'pipelines'] as const,
  stages: ['sell', 'stages'] as const,
  tags: (resource: ResourceType) => ['sell', 'tags', resource] as const,
  lists: (resource: ResourceType) => ['sell', 'list', resource] as const,
  list: (resource: ResourceType, query: string) => ['sell', 'list', resource, query] as const,
  records: (resource: ResourceType) => ['sell', 'record', resource] as const,
  record: (resource: ResourceType, id: number) => ['sell', 'record', resource, id] as const,
  recordNames: (resource: ResourceType, ids: readonly number[]) => ['sell', 'record', resource, 'names', ids] as const,
  feeds: ['sell', 'feed'] as const,
  recordFeed: (resource: ResourceType, id: number) => ['sell', 'feed', resource, id] as const,
  feed: (resource: ResourceType, id: number, kinds: readonly FeedKind[]) => ['sell', 'feed', resource, id, kinds] as const,
  tasks: ['sell', 'tasks'] as const,
  recordTasks: (resource: ResourceType, id: number) => ['sell', 'tasks', 'record', resource, id] as const,
  taskList: (query: string) => ['sell', 'tasks', 'list', query] as const,
  associatedContacts: (dealId: number) => ['sell', 'associated-contacts', dealId] as const,
  collaborators: (resource: ResourceType, id: number) => ['sell', 'collaborators', resource, id] as const,
  pools: ['sell', 'pools'] as const,
  poolPicks: (poolId: number) => ['sell', 'pools', poolId, 'picks'] as const,
  tokens: ['sell', 'tokens'] as const,
  phoneCountry: ['sell', 'settings', 'phone-country'] as const,
};
