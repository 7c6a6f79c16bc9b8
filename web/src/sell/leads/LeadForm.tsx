import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition, Lead } from '../api/types';
import { AddressFieldset } from '../forms/AddressFieldset';
import { CustomFieldsFieldset } from '../forms/CustomFieldsFieldset';
import { FormActions } from '../forms/FormActions';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSection } from '../forms/FormSection';
import { LeadStatusSelect } from '../forms/LeadStatusSelect';
import { NamedItemSelect } from '../forms/NamedItemSelect';
import { OwnerSelect } from '../forms/OwnerSelect';
import { RecordTagsInput } from '../forms/RecordTagsInput';
import { useRecordForm } from '../forms/useRecordForm';
import { isLeadFormPath, leadFormProblems, leadPayload, type LeadFormValues } from './leadFormValues';

interface LeadFormProps {
  lead: Lead | null;
  initialValues: LeadFormValues;
  definitions: CustomFieldDefinition[];
  onSaved: (lead: Lead) => void;
  onCancel: () => void;
}

/** Creates a lead, or edits one: checked as you go, and the server's objections shown on their inputs. */
export function LeadForm({ lead, initialValues, definitions, onSaved, onCancel }: LeadFormProps) {
  const { t } = useTranslation('sell');
  const { form, submit, saving, error } = useRecordForm<Lead, LeadFormValues>({
    resource: 'lead',
    record: lead,
    initialValues,
    problems: (values) => leadFormProblems(values, definitions),
    payload: (values) => leadPayload(values, initialValues, definitions),
    isFormPath: isLeadFormPath,
    onSaved,
  });

  return (
    <form onSubmit={submit} noValidate data-testid="lead-form">
      <Stack gap="lg">
        <FormErrorAlert error={error} />
        <FormSection title={t('forms.sectionPerson')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('fields.firstName')} data-autofocus {...form.getInputProps('first_name')} />
            <TextInput label={t('fields.lastName')} {...form.getInputProps('last_name')} />
            <TextInput label={t('fields.company')} {...form.getInputProps('organization_name')} />
            <TextInput label={t('fields.title')} {...form.getInputProps('title')} />
          </SimpleGrid>
        </FormSection>
        <FormSection title={t('forms.sectionPipeline')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <LeadStatusSelect {...form.getInputProps('status')} />
            <NamedItemSelect kind="lead_sources" label={t('fields.source')} {...form.getInputProps('source_id')} />
            <OwnerSelect poolsFor={lead ? undefined : 'lead'} {...form.getInputProps('owner_id')} />
          </SimpleGrid>
        </FormSection>
        <FormSection title={t('forms.sectionContact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('fields.mobile')} type="tel" {...form.getInputProps('mobile')} />
            <TextInput label={t('fields.website')} {...form.getInputProps('website')} />
            <TextInput label={t('fields.industry')} {...form.getInputProps('industry')} />
          </SimpleGrid>
          <AddressFieldset form={form} />
        </FormSection>
        <FormSection title={t('forms.sectionMore')}>
          <Textarea label={t('fields.description')} autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
          <RecordTagsInput resource="lead" {...form.getInputProps('tags')} />
          <CustomFieldsFieldset definitions={definitions} form={form} />
        </FormSection>
        <FormActions submitLabel={lead ? t('common.saveChanges') : t('leads.create')} saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
