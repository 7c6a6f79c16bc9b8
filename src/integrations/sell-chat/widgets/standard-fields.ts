import type { WidgetName } from '../sell-chat-tables.ts';

export type StandardField = { key: string; label: string; type: 'text' | 'email' | 'phone' | 'url' | 'date' | 'list' | 'user' };

const person: StandardField[] = [
  { key: 'first_name', label: 'First name', type: 'text' },
  { key: 'last_name', label: 'Last name', type: 'text' },
  { key: 'title', label: 'Title', type: 'text' },
];
const reach: StandardField[] = [
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'phone' },
  { key: 'mobile', label: 'Mobile', type: 'phone' },
  { key: 'website', label: 'Website', type: 'url' },
  { key: 'industry', label: 'Industry', type: 'text' },
  { key: 'address', label: 'Address', type: 'text' },
  { key: 'description', label: 'Description', type: 'text' },
  { key: 'tags', label: 'Tags', type: 'list' },
  { key: 'owner', label: 'Owner', type: 'user' },
  { key: 'twitter', label: 'Twitter', type: 'text' },
  { key: 'linkedin', label: 'LinkedIn', type: 'text' },
  { key: 'facebook', label: 'Facebook', type: 'text' },
  { key: 'skype', label: 'Skype', type: 'text' },
  { key: 'fax', label: 'Fax', type: 'phone' },
  { key: 'created_at', label: 'Created', type: 'date' },
  { key: 'updated_at', label: 'Last updated', type: 'date' },
];
const statuses: StandardField[] = [
  { key: 'customer_status', label: 'Customer status', type: 'text' },
  { key: 'prospect_status', label: 'Prospect status', type: 'text' },
];

/** The standard fields each widget can show (S-20), in the editor's order. */
export const STANDARD_FIELDS: Record<WidgetName, StandardField[]> = {
  lead: [
    ...person,
    { key: 'organization_name', label: 'Company name', type: 'text' },
    { key: 'status', label: 'Status', type: 'text' },
    { key: 'source', label: 'Source', type: 'text' },
    ...reach,
  ],
  person: [...person, { key: 'company', label: 'Company', type: 'text' }, ...statuses, ...reach],
  company: [{ key: 'name', label: 'Name', type: 'text' }, ...statuses, ...reach],
};

/** What a widget shows until an admin publishes their own choice. */
export const DEFAULT_WIDGET_FIELDS: Record<WidgetName, string[]> = {
  lead: ['organization_name', 'title', 'status', 'email', 'phone', 'owner'],
  person: ['title', 'company', 'email', 'phone', 'owner'],
  company: ['industry', 'website', 'phone', 'owner'],
};

export const WIDGETS: WidgetName[] = ['lead', 'person', 'company'];

export const CUSTOM_PREFIX = 'custom:';
export const customKey = (fieldId: number) => `${CUSTOM_PREFIX}${fieldId}`;
export function customFieldIdOf(key: string): number | null {
  if (!key.startsWith(CUSTOM_PREFIX)) return null;
  const id = Number(key.slice(CUSTOM_PREFIX.length));
  return Number.isInteger(id) && id > 0 ? id : null;
}
