import { Checkbox, Group, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CUSTOM_FIELD_TYPES, type CustomFieldDefinition, type CustomFieldType, type ResourceType } from '../../api/types';
import { applySellFieldErrors, unplacedError } from '../../forms/applySellFieldErrors';
import { FormActions } from '../../forms/FormActions';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useCustomFieldMutations } from './useCustomFieldMutations';

interface CustomFieldFormValues {
  name: string;
  type: CustomFieldType;
  choices: string[];
  filterable: boolean;
  for_contact: boolean;
  for_organisation: boolean;
}

const FORM_PATHS = ['name', 'type', 'choices', 'filterable', 'for_contact', 'for_organisation'];
const isFormPath = (path: string) => FORM_PATHS.includes(path);
const hasChoices = (type: CustomFieldType) => type === 'list' || type === 'multi_select_list';

interface CustomFieldFormProps {
  resource: ResourceType;
  field: CustomFieldDefinition | null;
  onDone: (field: CustomFieldDefinition) => void;
  onCancel: () => void;
}

/** Name, type and (for lists) the choices; a field's type is fixed once it exists. */
export function CustomFieldForm({ resource, field, onDone, onCancel }: CustomFieldFormProps) {
  const { t } = useTranslation('sell');
  const { create, update } = useCustomFieldMutations(resource);
  const form = useForm<CustomFieldFormValues>({
    initialValues: {
      name: field?.name ?? '',
      type: field?.type ?? 'string',
      choices: field?.choices.map((choice) => choice.name) ?? [],
      filterable: field?.filterable ?? true,
      for_contact: field?.for_contact ?? true,
      for_organisation: field?.for_organisation ?? true,
    },
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('settings.nameRequired')),
      choices: (value, values) => (hasChoices(values.type) && value.length === 0 ? t('settings.customFields.choicesRequired') : null),
      for_organisation: (value, values) =>
        resource === 'contact' && !value && !values.for_contact ? t('settings.customFields.appliesToRequired') : null,
    },
  });
  const values = form.getValues();
  const submit = form.onSubmit((submitted) => {
    const input = {
      name: submitted.name.trim(),
      ...(field ? {} : { type: submitted.type }),
      ...(hasChoices(submitted.type) ? { choices: submitted.choices } : {}),
      filterable: submitted.filterable,
      ...(resource === 'contact' ? { for_contact: submitted.for_contact, for_organisation: submitted.for_organisation } : {}),
    };
    const handlers = { onSuccess: onDone, onError: (error: unknown) => applySellFieldErrors(form, error, isFormPath) };
    if (field) update.mutate({ id: field.id, input }, handlers);
    else create.mutate(input, handlers);
  });
  return (
    <form onSubmit={submit} noValidate data-testid="custom-field-form">
      <Stack gap="md">
        <FormErrorAlert error={unplacedError(field ? update.error : create.error, isFormPath)} />
        <TextInput label={t('settings.customFields.name')} data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('settings.customFields.type')}
          description={field ? t('settings.customFields.typeFixed') : undefined}
          data={CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: t(`settings.customFields.types.${type}`) }))}
          disabled={field !== null}
          allowDeselect={false}
          {...form.getInputProps('type')}
        />
        {hasChoices(values.type) && (
          <TagsInput
            label={t('settings.customFields.choices')}
            description={t('settings.customFields.choicesHint')}
            clearable
            {...form.getInputProps('choices')}
          />
        )}
        <Checkbox
          label={t('settings.customFields.filterable')}
          description={t('settings.customFields.filterableHint')}
          {...form.getInputProps('filterable', { type: 'checkbox' })}
        />
        {resource === 'contact' && (
          <Stack gap={6}>
            <Group gap="lg">
              <Checkbox label={t('settings.customFields.forPeople')} {...form.getInputProps('for_contact', { type: 'checkbox' })} />
              <Checkbox
                label={t('settings.customFields.forOrganizations')}
                {...form.getInputProps('for_organisation', { type: 'checkbox' })}
              />
            </Group>
          </Stack>
        )}
        <FormActions
          submitLabel={field ? t('common.saveChanges') : t('settings.customFields.create')}
          saving={create.isPending || update.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
