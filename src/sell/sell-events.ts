import type { ResourceType } from './sell-tables.ts';

/** What changed on a record, for the feed: only the fields people follow (status, owner, stage). */
export type TrackedChange = { field: 'status' | 'owner_id' | 'stage_id'; from: string | number | null; to: string | number | null };

declare module '../platform/events/catalogue.ts' {
  interface EventCatalogue {
    'sell.record.created': { resourceType: ResourceType; resourceId: number; actorId: number | null; ownerId: number | null; name: string; ownerReason?: string };
    'sell.record.updated': { resourceType: ResourceType; resourceId: number; actorId: number | null; changes: TrackedChange[]; ownerReason?: string };
    'sell.record.deleted': { resourceType: ResourceType; resourceId: number; actorId: number | null };
    'sell.note.created': { noteId: number; resourceType: ResourceType; resourceId: number; actorId: number | null; content: string };
    'sell.task.created': { taskId: number; resourceType: ResourceType | null; resourceId: number | null; actorId: number | null; content: string; dueDate: string | null };
    'sell.task.completed': { taskId: number; resourceType: ResourceType | null; resourceId: number | null; actorId: number | null; content: string };
    'sell.lead.converted': { leadId: number; contactId: number; organizationId: number | null; dealId: number | null; actorId: number | null };
    /** A lead's or contact's emails (matching keys, O-5) are not what they were; a new record's included. */
    'sell.record.emails_changed': { resourceType: 'lead' | 'contact'; resourceId: number; emails: string[] };
  }
}

export {};
