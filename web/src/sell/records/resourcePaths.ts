import type { ResourceType } from '../api/types';

const PLURAL: Record<ResourceType, string> = { lead: 'leads', contact: 'contacts', deal: 'deals' };

/** "/v2/leads" */
export function apiCollectionPath(resource: ResourceType): string {
  return `/v2/${PLURAL[resource]}`;
}

/** "/v2/leads/12" */
export function apiRecordPath(resource: ResourceType, id: number): string {
  return `${apiCollectionPath(resource)}/${id}`;
}

/** "/sell/leads" */
export function appListPath(resource: ResourceType): string {
  return `/sell/${PLURAL[resource]}`;
}

/** "/sell/leads/12" */
export function appRecordPath(resource: ResourceType, id: number): string {
  return `${appListPath(resource)}/${id}`;
}
