import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api/types';
import { FormActions } from '../forms/FormActions';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSection } from '../forms/FormSection';
import { LeadStatusSelect } from '../forms/LeadStatusSelect';
import { MoreAboutSection } from '../forms/MoreAboutSection';
import { NamedItemSelect } from '../forms/NamedItemSelect';
import { OwnerSelect } from '../forms/OwnerSelect';
import { ReachSection } from '../forms/ReachSection';
import type { RecordFormProps } from '../forms/RecordFormDrawer';
import { useRecordForm } from '../forms/useRecordForm';
import { isLeadFormPath, leadFormProblems, leadPayload, type LeadFormValues } from './leadFormValues';

interface LeadFormProps extends RecordFormProps<Lead, LeadFormValues> {
  lead: Lead | null;
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
        <ReachSection form={form} withIndustry />
        <MoreAboutSection form={form} resource="lead" definitions={definitions} />
        <FormActions submitLabel={lead ? t('common.saveChanges') : t('leads.create')} saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
