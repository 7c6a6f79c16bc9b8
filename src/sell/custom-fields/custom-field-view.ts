import { apiTime } from '../records/api-time.ts';
import type { CustomFieldRow } from './custom-fields.repo.ts';

export function toCustomFieldView(f: CustomFieldRow) {
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    choices: f.choices ? JSON.parse(f.choices) : [],
    filterable: f.filterable === 1,
    ...(f.resource_type === 'contact' ? { for_contact: f.for_contact === 1, for_organisation: f.for_organisation === 1 } : {}),
    created_at: apiTime(f.created_at),
    updated_at: apiTime(f.updated_at),
  };
}
