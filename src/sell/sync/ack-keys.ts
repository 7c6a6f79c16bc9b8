import type { ResourceType } from '../sell-tables.ts';

const nameOf: Record<ResourceType, string> = { lead: 'Lead', contact: 'Contact', deal: 'Deal' };
const typeOfName: Record<string, ResourceType> = { Lead: 'lead', Contact: 'contact', Deal: 'deal' };
const DELETED = '-deleted';

export type AckKey = { resource_type: ResourceType; resource_id: number; revision: number; deleted: boolean };

/**
 * The ack_key of an item handed out ("Lead-12-345"). A deletion's key says so ("Lead-12-345-deleted"):
 * acknowledging it means the device dropped its copy, which a revision alone cannot tell when a record
 * only left the user's view.
 */
export function ackKeyOf(resourceType: ResourceType, resourceId: number, revision: number, deleted: boolean): string {
  return `${nameOf[resourceType]}-${resourceId}-${revision}${deleted ? DELETED : ''}`;
}

/** The item an ack_key names; null for a key this server never gave out. */
export function parseAckKey(key: string): AckKey | null {
  const match = /^(Lead|Contact|Deal)-(\d+)-(\d+)(-deleted)?$/.exec(key);
  if (!match) return null;
  return { resource_type: typeOfName[match[1]!]!, resource_id: Number(match[2]), revision: Number(match[3]), deleted: match[4] !== undefined };
}
