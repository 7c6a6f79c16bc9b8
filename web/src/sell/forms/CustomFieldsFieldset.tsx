import { Fieldset, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '../api/types';
import { CustomFieldInput } from './CustomFieldInput';
import type { CustomFieldFormValue, CustomFieldFormValues } from './customFieldValues';

interface FormWithCustomFields {
  custom_fields: CustomFieldFormValues;
}

interface CustomFieldsFieldsetProps<V extends FormWithCustomFields> {
  definitions: readonly CustomFieldDefinition[];
  form: UseFormReturnType<V>;
}

/** Every custom field of the record type, each with the input its type needs. */
export function CustomFieldsFieldset<V extends FormWithCustomFields>({ definitions, form }: CustomFieldsFieldsetProps<V>) {
  const { t } = useTranslation('sell');
  if (definitions.length === 0) return null;
  const values = form.getValues().custom_fields;
  return (
    <Fieldset legend={t('forms.customFields')} variant="unstyled" p={0} m={0} styles={{ legend: { padding: 0, marginBottom: 6 } }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {definitions.map((definition) => {
          const path = `custom_fields.${definition.name}`;
          return (
            <CustomFieldInput
              key={definition.id}
              definition={definition}
              value={values[definition.name] ?? ''}
              onChange={(value: CustomFieldFormValue) => form.setFieldValue(path, value as never)}
              onBlur={() => form.validateField(path)}
              error={form.errors[path]}
            />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
