import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AddressFormValues } from './addressValues';

interface FormWithAddress {
  address: AddressFormValues;
}

export function AddressFieldset<V extends FormWithAddress>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation('sell');
  return (
    <Fieldset legend={t('fields.address')} variant="unstyled" p={0} m={0} styles={{ legend: { padding: 0, marginBottom: 6 } }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('fields.street')} autoComplete="off" {...form.getInputProps('address.line1')} />
        <TextInput label={t('fields.city')} autoComplete="off" {...form.getInputProps('address.city')} />
        <TextInput label={t('fields.postalCode')} autoComplete="off" {...form.getInputProps('address.postal_code')} />
        <TextInput label={t('fields.state')} autoComplete="off" {...form.getInputProps('address.state')} />
        <TextInput label={t('fields.country')} autoComplete="off" {...form.getInputProps('address.country')} />
      </SimpleGrid>
    </Fieldset>
  );
}
