import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { customFieldInputSchema } from './custom-field-input.ts';
import { insertCustomField, listCustomFields } from './custom-fields.repo.ts';
import { fieldNameTaken } from './field-name-taken.ts';
import { mergeChoices } from './merge-choices.ts';

export async function createCustomField(opCtx: OpContext, resourceType: ResourceType, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'add custom fields');
  const input = customFieldInputSchema.required({ name: true, type: true }).parse(raw);
  const hasChoices = input.type === 'list' || input.type === 'multi_select_list';
  if (hasChoices && !input.choices?.length) throw invalid('choices', 'A list field needs at least one choice.');
  const existing = await listCustomFields(ctx.sell, ctx.account.id, resourceType);
  if (existing.some((f) => f.name_lower === input.name.toLowerCase())) throw fieldNameTaken(input.name);
  const now = nowIso();
  try {
    return await insertCustomField(ctx.sell, {
      account_id: ctx.account.id,
      resource_type: resourceType,
      name: input.name,
      name_lower: input.name.toLowerCase(),
      type: input.type,
      choices: hasChoices ? JSON.stringify(mergeChoices([], input.choices ?? [])) : null,
      filterable: input.filterable === false ? 0 : 1,
      for_contact: input.for_contact === false ? 0 : 1,
      for_organisation: input.for_organisation === false ? 0 : 1,
      position: existing.length,
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldNameTaken(input.name);
    throw error;
  }
}
