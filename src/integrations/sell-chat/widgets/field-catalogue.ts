import type { OpContext } from '../../../platform/context.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import type { CustomFieldItem } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { customKey, STANDARD_FIELDS } from './standard-fields.ts';

/** A field the editor offers (S-20): standard ones first, then the account's custom fields. */
export type CatalogueField = { key: string; label: string; type: string; custom: boolean };

const forWidget: Record<WidgetName, (f: CustomFieldItem) => boolean> = {
  lead: () => true,
  person: (f) => f.forContact,
  company: (f) => f.forOrganisation,
};

export function catalogueOf(widget: WidgetName, customFields: CustomFieldItem[]): CatalogueField[] {
  return [
    ...STANDARD_FIELDS[widget].map((f) => ({ key: f.key, label: f.label, type: f.type, custom: false })),
    ...customFields.filter(forWidget[widget]).map((f) => ({ key: customKey(f.id), label: f.name, type: f.type, custom: true })),
  ];
}

/** Every widget's catalogue, reading the custom fields from Sell as `sellAs`. */
export async function fieldCatalogue(sellAs: OpContext): Promise<Record<WidgetName, CatalogueField[]>> {
  const [lead, contact] = await Promise.all([sellGateway.customFields(sellAs, 'lead'), sellGateway.customFields(sellAs, 'contact')]);
  return { lead: catalogueOf('lead', lead), person: catalogueOf('person', contact), company: catalogueOf('company', contact) };
}

/** The keys a widget may hold now (a custom field deleted in Sell drops out). */
export async function knownFieldKeys(sellAs: OpContext, widget: WidgetName): Promise<Set<string>> {
  const customFields = await sellGateway.customFields(sellAs, widget === 'lead' ? 'lead' : 'contact');
  return new Set(catalogueOf(widget, customFields).map((f) => f.key));
}
