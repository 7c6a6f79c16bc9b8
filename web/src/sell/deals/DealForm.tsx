import { SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../api/types';
import { useStageById } from '../data/usePipelines';
import { ContactPicker } from '../forms/ContactPicker';
import { CurrencySelect } from '../forms/CurrencySelect';
import { CustomFieldsFieldset } from '../forms/CustomFieldsFieldset';
import { FormActions } from '../forms/FormActions';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSection } from '../forms/FormSection';
import { NamedItemSelect } from '../forms/NamedItemSelect';
import { OwnerSelect } from '../forms/OwnerSelect';
import type { RecordFormProps } from '../forms/RecordFormDrawer';
import { RecordTagsInput } from '../forms/RecordTagsInput';
import { StageSelect } from '../forms/StageSelect';
import { useRecordForm } from '../forms/useRecordForm';
import { dealFormProblems, dealPayload, isDealFormPath, type DealFormValues } from './dealFormValues';

interface DealFormProps extends RecordFormProps<Deal, DealFormValues> {
  deal: Deal | null;
}

/** A deal: its value, where it stands in the pipeline, who it is with. */
export function DealForm({ deal, initialValues, definitions, onSaved, onCancel }: DealFormProps) {
  const { t } = useTranslation('sell');
  const stageOf = useStageById();
  const { form, submit, saving, error } = useRecordForm<Deal, DealFormValues>({
    resource: 'deal',
    record: deal,
    initialValues,
    problems: (values) => dealFormProblems(values, definitions),
    payload: (values) => dealPayload(values, initialValues, definitions),
    isFormPath: isDealFormPath,
    onSaved,
  });
  const category = stageOf(Number(form.getValues().stage_id))?.category;

  return (
    <form onSubmit={submit} noValidate data-testid="deal-form">
      <Stack gap="lg">
        <FormErrorAlert error={error} />
        <FormSection title={t('deals.kind')}>
          <TextInput label={t('fields.dealName')} data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('fields.value')} inputMode="decimal" placeholder="0" {...form.getInputProps('value')} />
            <CurrencySelect label={t('fields.currency')} {...form.getInputProps('currency')} />
            <StageSelect {...form.getInputProps('stage_id')} />
            <TextInput label={t('fields.estimatedCloseDate')} type="date" {...form.getInputProps('estimated_close_date')} />
            <TextInput
              label={t('fields.winLikelihood')}
              description={t('deals.winLikelihoodHint')}
              inputMode="numeric"
              rightSection="%"
              {...form.getInputProps('customized_win_likelihood')}
            />
            <Switch label={t('fields.hot')} mt="xl" {...form.getInputProps('hot', { type: 'checkbox' })} />
            {category === 'lost' && <NamedItemSelect kind="loss_reasons" label={t('fields.lossReason')} {...form.getInputProps('loss_reason_id')} />}
            {category === 'unqualified' && (
              <NamedItemSelect kind="deal_unqualified_reasons" label={t('fields.unqualifiedReason')} {...form.getInputProps('unqualified_reason_id')} />
            )}
          </SimpleGrid>
        </FormSection>
        <FormSection title={t('forms.sectionPeople')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ContactPicker label={t('fields.primaryContact')} {...form.getInputProps('contact_id')} />
            <OwnerSelect poolsFor={deal ? undefined : 'deal'} {...form.getInputProps('owner_id')} />
            <NamedItemSelect kind="deal_sources" label={t('fields.source')} {...form.getInputProps('source_id')} />
          </SimpleGrid>
        </FormSection>
        <FormSection title={t('forms.sectionMore')}>
          <RecordTagsInput resource="deal" {...form.getInputProps('tags')} />
          <CustomFieldsFieldset definitions={definitions} form={form} />
        </FormSection>
        <FormActions submitLabel={deal ? t('common.saveChanges') : t('deals.create')} saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
