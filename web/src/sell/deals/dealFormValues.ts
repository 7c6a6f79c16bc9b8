import type { CustomFieldDefinition, Deal } from '../api/types';
import { changedCustomValues, customFieldProblems, toFormValues, type CustomFieldFormValues } from '../forms/customFieldValues';
import { ownerPayload } from '../forms/OwnerSelect';
import { idOrNull } from '../forms/textValue';
import type { FormProblem } from '../forms/useProblemMessages';
import { isDecimalAmount } from '../format/decimals';

export interface DealFormValues {
  name: string;
  value: string;
  currency: string | null;
  stage_id: string | null;
  hot: boolean;
  contact_id: string | null;
  owner_id: string | null;
  source_id: string | null;
  estimated_close_date: string;
  customized_win_likelihood: string;
  loss_reason_id: string | null;
  unqualified_reason_id: string | null;
  tags: string[];
  custom_fields: CustomFieldFormValues;
}

const idText = (id: number | null | undefined) => (id ? String(id) : null);

export function dealFormValues(
  deal: Deal | null,
  definitions: readonly CustomFieldDefinition[],
  defaults: { ownerId: number; currency: string; stageId: number | null; contactId?: number },
): DealFormValues {
  return {
    name: deal?.name ?? '',
    value: deal?.value ?? '',
    currency: deal?.currency ?? defaults.currency,
    stage_id: idText(deal ? deal.stage_id : defaults.stageId),
    hot: deal?.hot ?? false,
    contact_id: idText(deal ? deal.contact_id : defaults.contactId),
    owner_id: idText(deal ? deal.owner_id : defaults.ownerId),
    source_id: idText(deal?.source_id),
    estimated_close_date: deal?.estimated_close_date ?? '',
    customized_win_likelihood: deal?.customized_win_likelihood === null || deal?.customized_win_likelihood === undefined ? '' : String(deal.customized_win_likelihood),
    loss_reason_id: idText(deal?.loss_reason_id),
    unqualified_reason_id: idText(deal?.unqualified_reason_id),
    tags: deal?.tags ?? [],
    custom_fields: toFormValues(definitions, deal?.custom_fields),
  };
}

export function dealPayload(values: DealFormValues, initial: DealFormValues, definitions: readonly CustomFieldDefinition[]) {
  const likelihood = values.customized_win_likelihood.trim();
  return {
    name: values.name.trim(),
    value: values.value.trim() || '0',
    currency: values.currency,
    stage_id: idOrNull(values.stage_id),
    hot: values.hot,
    contact_id: idOrNull(values.contact_id),
    ...ownerPayload(values.owner_id),
    source_id: idOrNull(values.source_id),
    estimated_close_date: values.estimated_close_date || null,
    customized_win_likelihood: likelihood === '' ? null : Number(likelihood),
    loss_reason_id: idOrNull(values.loss_reason_id),
    unqualified_reason_id: idOrNull(values.unqualified_reason_id),
    tags: values.tags,
    custom_fields: changedCustomValues(definitions, initial.custom_fields, values.custom_fields),
  };
}

export function dealFormProblems(values: DealFormValues, definitions: readonly CustomFieldDefinition[]): Partial<Record<string, FormProblem>> {
  const problems: Partial<Record<string, FormProblem>> = customFieldProblems(definitions, values.custom_fields);
  if (!values.name.trim()) problems.name = 'dealName';
  if (values.value.trim() && !isDecimalAmount(values.value)) problems.value = 'amount';
  if (!values.currency) problems.currency = 'currency';
  const likelihood = values.customized_win_likelihood.trim();
  if (likelihood && !(/^\d+$/.test(likelihood) && Number(likelihood) <= 100)) problems.customized_win_likelihood = 'number';
  return problems;
}

const FORM_FIELDS = [
  'name',
  'value',
  'currency',
  'stage_id',
  'hot',
  'contact_id',
  'owner_id',
  'source_id',
  'estimated_close_date',
  'customized_win_likelihood',
  'loss_reason_id',
  'unqualified_reason_id',
  'tags',
];

export function isDealFormPath(path: string): boolean {
  return FORM_FIELDS.includes(path) || path.startsWith('custom_fields.');
}
