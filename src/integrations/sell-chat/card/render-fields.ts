import type { WidgetName } from '../sell-chat-tables.ts';
import type { CustomFieldItem, SellView } from '../sell/sell-records.ts';
import { customFieldIdOf, STANDARD_FIELDS } from '../widgets/standard-fields.ts';

export type FieldValue = string | number | boolean | string[] | null;
/** One line of a card: `type` tells the UI how to show the value (a mailto link, a date, a list…). */
export type CardField = { key: string; label: string; type: string; value: FieldValue };

export type FieldLookups = {
  customFields: CustomFieldItem[];
  userName: (id: number | null) => string | null;
  sourceName: (id: number | null) => string | null;
  companyName: string | null;
};

function plain(value: unknown): FieldValue {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.map(String) : null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function addressText(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const parts = Object.values(value as Record<string, unknown>).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return parts.length ? parts.join(', ') : null;
}

function standardValue(key: string, view: SellView, lookups: FieldLookups): FieldValue {
  switch (key) {
    case 'owner':
      return lookups.userName(view.owner_id);
    case 'source':
      return lookups.sourceName(typeof view.source_id === 'number' ? view.source_id : null);
    case 'company':
      return lookups.companyName;
    case 'address':
      return addressText(view.address);
    default:
      return plain(view[key]);
  }
}

/**
 * The published fields of a widget (S-19 … S-21) with the record's values, in the admin's order. A
 * field that no longer exists (a deleted custom field) is left out rather than shown empty.
 */
export function renderFields(widget: WidgetName, keys: string[], view: SellView, lookups: FieldLookups): CardField[] {
  const fields: CardField[] = [];
  for (const key of keys) {
    const customId = customFieldIdOf(key);
    if (customId !== null) {
      const field = lookups.customFields.find((f) => f.id === customId);
      if (field) fields.push({ key, label: field.name, type: field.type, value: plain(view.custom_fields?.[field.name]) });
      continue;
    }
    const standard = STANDARD_FIELDS[widget].find((f) => f.key === key);
    if (standard) fields.push({ key, label: standard.label, type: standard.type, value: standardValue(key, view, lookups) });
  }
  return fields;
}
