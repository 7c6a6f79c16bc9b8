import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition, Lead } from '../api/types';
import { AddressFieldset } from '../forms/AddressFieldset';
import { applySellFieldErrors, unplacedError } from '../forms/applySellFieldErrors';
import { CustomFieldsFieldset } from '../forms/CustomFieldsFieldset';
import { FormActions } from '../forms/FormActions';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSection } from '../forms/FormSection';
import { LeadStatusSelect } from '../forms/LeadStatusSelect';
import { NamedItemSelect } from '../forms/NamedItemSelect';
import { OwnerSelect } from '../forms/OwnerSelect';
import { RecordTagsInput } from '../forms/RecordTagsInput';
import { useProblemMessages } from '../forms/useProblemMessages';
import { useCreateRecord, useUpdateRecord } from '../records/useRecordMutations';
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
  const messages = useProblemMessages();
  const create = useCreateRecord<Lead>('lead');
  const update = useUpdateRecord<Lead>('lead');
  const saving = create.isPending || update.isPending;
  const saveError = lead ? update.error : create.error;
  const form = useForm<LeadFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => messages(leadFormProblems(values, definitions)),
  });

  const submit = form.onSubmit((values) => {
    const data = leadPayload(values, initialValues, definitions);
    const handlers = {
      onSuccess: (saved: Lead) => onSaved(saved),
      onError: (error: unknown) => applySellFieldErrors(form, error, isLeadFormPath),
    };
    if (lead) update.mutate({ id: lead.id, data }, handlers);
    else create.mutate(data, handlers);
  });

  return (
    <form onSubmit={submit} noValidate data-testid="lead-form">
      <Stack gap="lg">
        <FormErrorAlert error={unplacedError(saveError, isLeadFormPath)} />
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
