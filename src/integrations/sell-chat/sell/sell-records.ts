/**
 * Sell records as the integration handles them: the Sell API's views (src/sell), read by key. The
 * integration never reads Sell's tables; it gets these from Sell's operations, as a given user.
 */
export type SellView = Record<string, unknown> & { id: number; owner_id: number | null; custom_fields?: Record<string, unknown> };

export type LeadStatusItem = { id: number; name: string; isDefault: boolean };
export type NamedItem = { id: number; name: string };
export type LeadPool = { id: number; name: string; resourceType: string; nextUserId: number | null };
export type CustomFieldItem = { id: number; name: string; type: string; forContact: boolean; forOrganisation: boolean };

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** How Sell names a lead or contact: the person's name, else the organisation's. */
export function displayNameOf(type: 'lead' | 'contact' | 'deal', view: SellView): string {
  if (type === 'deal') return text(view.name) || `Deal #${view.id}`;
  const person = [text(view.first_name), text(view.last_name)].filter(Boolean).join(' ');
  if (type === 'contact') return text(view.name) || person || `Contact #${view.id}`;
  return person || text(view.organization_name) || `Lead #${view.id}`;
}
