import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AddressFieldset } from './AddressFieldset';
import { FormSection } from './FormSection';
import type { AddressFormValues } from './addressValues';

interface FormWithReach {
  email: string;
  phone: string;
  mobile: string;
  website: string;
  industry: string;
  address: AddressFormValues;
}

/** "How to reach them": the contact details and address a lead and a contact both have. */
export function ReachSection<V extends FormWithReach>({ form, withIndustry }: { form: UseFormReturnType<V>; withIndustry: boolean }) {
  const { t } = useTranslation('sell');
  return (
    <FormSection title={t('forms.sectionContact')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('fields.mobile')} type="tel" {...form.getInputProps('mobile')} />
        <TextInput label={t('fields.website')} {...form.getInputProps('website')} />
        {withIndustry && <TextInput label={t('fields.industry')} {...form.getInputProps('industry')} />}
      </SimpleGrid>
      <AddressFieldset form={form} />
    </FormSection>
  );
}
