import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { invalid, notFound } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { customFieldInputSchema } from './custom-field-input.ts';
import { listCustomFields } from './custom-fields.repo.ts';
import { fieldNameTaken } from './field-name-taken.ts';
import type { Choice } from './field-types.ts';
import { mergeChoices } from './merge-choices.ts';

/** Renames, changes choices or filterability; the type stays (stored values were checked against it). */
export async function updateCustomField(opCtx: OpContext, resourceType: ResourceType, id: number, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'change custom fields');
  const input = customFieldInputSchema.parse(raw);
  const fields = await listCustomFields(ctx.sell, ctx.account.id, resourceType);
  const field = fields.find((f) => f.id === id);
  if (!field) throw notFound('That custom field');
  if (input.type && input.type !== field.type) throw invalid('type', 'A field keeps its type. Add a new field for another type.');
  if (input.name && fields.some((f) => f.id !== id && f.name_lower === input.name!.toLowerCase())) throw fieldNameTaken(input.name);
  const hasChoices = field.type === 'list' || field.type === 'multi_select_list';
  if (input.choices && hasChoices && input.choices.length === 0) throw invalid('choices', 'A list field needs at least one choice.');
  return ctx.sell
    .updateTable('sell_custom_fields')
    .set({
      ...(input.name ? { name: input.name, name_lower: input.name.toLowerCase() } : {}),
      ...(input.choices && hasChoices ? { choices: JSON.stringify(mergeChoices(field.choices ? (JSON.parse(field.choices) as Choice[]) : [], input.choices)) } : {}),
      ...(input.filterable !== undefined ? { filterable: input.filterable ? 1 : 0 } : {}),
      ...(input.for_contact !== undefined ? { for_contact: input.for_contact ? 1 : 0 } : {}),
      ...(input.for_organisation !== undefined ? { for_organisation: input.for_organisation ? 1 : 0 } : {}),
      updated_at: nowIso(),
    })
    .where('account_id', '=', ctx.account.id)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
