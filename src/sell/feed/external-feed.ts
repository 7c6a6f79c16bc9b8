import type { Db } from '../../platform/db/connect.ts';
import type { ResourceType } from '../sell-tables.ts';
import type { FeedKind } from './feed-kinds.ts';

/**
 * The system projecting items from elsewhere into Sell's feeds (the Sell–Chat integration's past
 * chats). No user acts here, so no visibility applies: people read feeds through listFeed, which
 * shows a record's items only to those who may see the record.
 */
export type FeedProjectionContext = { db: Db; accountId: number };

export type FeedRecordRef = { resourceType: ResourceType; resourceId: number };

/** The kinds another part of the system projects, and the field of `data` that carries their lines. */
export const externalFeedKinds = { chat: 'transcript' } as const satisfies Partial<Record<FeedKind, string>>;
export type ExternalFeedKind = keyof typeof externalFeedKinds;

/** One line of a projected item (a transcript's message), kept by the projector's own sequence number. */
export type ExternalFeedLine = { seq: number; data: Record<string, unknown> };

/** A projected item: one body, shared by every record it belongs to. */
export type ExternalFeedItem = {
  /** Who projects it ('chat'): a group is hidden and shown as one (S-25). */
  group: string;
  /** Unique within the group (a chat's id): projecting it again updates it in place. */
  key: string;
  kind: ExternalFeedKind;
  /** Where it sorts in feeds. */
  occurredAt: string;
  data: Record<string, unknown>;
  /** Added by seq: a line already there is left as it is, so a replay never repeats one. */
  lines: ExternalFeedLine[];
  /** Exactly the records it belongs to now: it leaves the others' feeds. None: it is gone. */
  records: FeedRecordRef[];
};

/** How a projected item is keyed among a record's feed items. */
export function externalSourceKey(group: string, key: string): string {
  return `${group}:${key}`;
}

export function sameRecord(a: FeedRecordRef, b: FeedRecordRef): boolean {
  return a.resourceType === b.resourceType && a.resourceId === b.resourceId;
}
