import { SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types';
import { ContactPicker } from '../forms/ContactPicker';
import { FormActions } from '../forms/FormActions';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSection } from '../forms/FormSection';
import { MoreAboutSection } from '../forms/MoreAboutSection';
import { OwnerSelect } from '../forms/OwnerSelect';
import { ReachSection } from '../forms/ReachSection';
import type { RecordFormProps } from '../forms/RecordFormDrawer';
import { useRecordForm } from '../forms/useRecordForm';
import {
  contactFieldApplies,
  contactFormProblems,
  contactPayload,
  isContactFormPath,
  type ContactFormValues,
} from './contactFormValues';

interface ContactFormProps extends RecordFormProps<Contact, ContactFormValues> {
  contact: Contact | null;
}

/** A person or an organization; a person may belong to an organization. */
export function ContactForm({ contact, initialValues, definitions, onSaved, onCancel }: ContactFormProps) {
  const { t } = useTranslation('sell');
  const { form, submit, saving, error } = useRecordForm<Contact, ContactFormValues>({
    resource: 'contact',
    record: contact,
    initialValues,
    problems: (values) => contactFormProblems(values, definitions),
    payload: (values) => contactPayload(values, initialValues, definitions, contact === null),
    isFormPath: isContactFormPath,
    onSaved,
  });
  const organization = form.getValues().is_organization;
  const applicable = definitions.filter((definition) => contactFieldApplies(definition, organization));

  return (
    <form onSubmit={submit} noValidate data-testid="contact-form">
      <Stack gap="lg">
        <FormErrorAlert error={error} />
        {contact === null && (
          <SegmentedControl
            aria-label={t('contacts.typeLabel')}
            data={[
              { value: 'person', label: t('contacts.person') },
              { value: 'organization', label: t('contacts.organization') },
            ]}
            value={organization ? 'organization' : 'person'}
            onChange={(value) => form.setFieldValue('is_organization', value === 'organization')}
            fullWidth
          />
        )}
        <FormSection title={organization ? t('contacts.organization') : t('contacts.person')}>
          {organization ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('fields.organizationName')} data-autofocus {...form.getInputProps('name')} />
              <TextInput label={t('fields.industry')} {...form.getInputProps('industry')} />
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('fields.firstName')} data-autofocus {...form.getInputProps('first_name')} />
              <TextInput label={t('fields.lastName')} {...form.getInputProps('last_name')} />
              <TextInput label={t('fields.title')} {...form.getInputProps('title')} />
              <ContactPicker
                label={t('fields.organization')}
                organizationsOnly
                excludeIds={contact ? [contact.id] : []}
                {...form.getInputProps('contact_id')}
              />
            </SimpleGrid>
          )}
        </FormSection>
        <FormSection title={t('forms.sectionPipeline')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <OwnerSelect poolsFor={contact ? undefined : 'contact'} {...form.getInputProps('owner_id')} />
            <div />
            <Select
              label={t('fields.customerStatus')}
              data={(['none', 'current', 'past'] as const).map((value) => ({ value, label: t(`contacts.customerStatus.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('customer_status')}
            />
            <Select
              label={t('fields.prospectStatus')}
              data={(['none', 'current', 'lost'] as const).map((value) => ({ value, label: t(`contacts.prospectStatus.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('prospect_status')}
            />
          </SimpleGrid>
        </FormSection>
        <ReachSection form={form} withIndustry={!organization} />
        <MoreAboutSection form={form} resource="contact" definitions={applicable} />
        <FormActions submitLabel={contact ? t('common.saveChanges') : t('contacts.create')} saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
