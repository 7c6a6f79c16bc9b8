import type { ResourceType } from '../sell-tables.ts';

export const resourceTypes: ResourceType[] = ['lead', 'contact', 'deal'];

export const tableOf = { lead: 'sell_leads', contact: 'sell_contacts', deal: 'sell_deals' } as const satisfies Record<ResourceType, string>;
