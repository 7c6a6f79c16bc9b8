import { Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition, ResourceType } from '../api/types';
import type { CustomFieldFormValues } from './customFieldValues';
import { CustomFieldsFieldset } from './CustomFieldsFieldset';
import { FormSection } from './FormSection';
import { RecordTagsInput } from './RecordTagsInput';

interface FormWithMore {
  description: string;
  tags: string[];
  custom_fields: CustomFieldFormValues;
}

interface MoreAboutSectionProps<V extends FormWithMore> {
  form: UseFormReturnType<V>;
  resource: ResourceType;
  /** The custom fields that apply to the record. */
  definitions: readonly CustomFieldDefinition[];
}

/** "More": the description, tags and custom fields of a lead or a contact. */
export function MoreAboutSection<V extends FormWithMore>({ form, resource, definitions }: MoreAboutSectionProps<V>) {
  const { t } = useTranslation('sell');
  return (
    <FormSection title={t('forms.sectionMore')}>
      <Textarea label={t('fields.description')} autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
      <RecordTagsInput resource={resource} {...form.getInputProps('tags')} />
      <CustomFieldsFieldset definitions={definitions} form={form} />
    </FormSection>
  );
}
