import { useEffect } from 'react';
import { Checkbox, Collapse, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { sellKeys } from '../api/sellKeys';
import type { Lead, LeadConversion } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { useSellAccount } from '../data/useSellAccount';
import { useStages } from '../data/usePipelines';
import { applySellFieldErrors, unplacedError } from '../forms/applySellFieldErrors';
import { FormActions } from '../forms/FormActions';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { StageSelect } from '../forms/StageSelect';
import { useProblemMessages } from '../forms/useProblemMessages';
import { isDecimalAmount } from '../format/decimals';
import { refreshFeeds } from '../records/refreshFeeds';
import { leadName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { useNotify } from '../../ui/useNotify';

interface ConvertValues {
  create_deal: boolean;
  deal_name: string;
  deal_value: string;
  stage_id: string | null;
}

const FORM_PATHS = ['create_deal', 'deal_name', 'deal_value', 'stage_id'];

/** Turns a lead into a contact (and its company) and, if wanted, a deal; then opens the new contact. */
export function ConvertLeadModal({ lead, opened, onClose }: { lead: Lead; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('sell');
  return (
    <Modal opened={opened} onClose={onClose} title={t('convert.title', { name: leadName(lead) })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <ConvertLeadForm lead={lead} onClose={onClose} />}
    </Modal>
  );
}

function ConvertLeadForm({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation('sell');
  const api = useSellApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const messages = useProblemMessages();
  const account = useSellAccount();
  const stages = useStages();
  const firstStage = stages.data?.find((stage) => stage.active);
  const form = useForm<ConvertValues>({
    initialValues: {
      create_deal: true,
      deal_name: lead.organization_name || leadName(lead),
      deal_value: '',
      stage_id: firstStage ? String(firstStage.id) : null,
    },
    validateInputOnBlur: true,
    validate: (values) =>
      messages(
        values.create_deal
          ? {
              deal_name: values.deal_name.trim() ? undefined : 'dealName',
              deal_value: values.deal_value.trim() === '' || isDecimalAmount(values.deal_value) ? undefined : 'amount',
            }
          : {},
      ),
  });
  // The stages may arrive after the form opened.
  const firstStageId = firstStage?.id;
  useEffect(() => {
    if (firstStageId && form.getValues().stage_id === null) form.setFieldValue('stage_id', String(firstStageId));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the first stage becomes known
  }, [firstStageId]);

  const convert = useMutation({
    mutationFn: (values: ConvertValues) =>
      api.create<LeadConversion>(
        `/v2/leads/${lead.id}/convert`,
        values.create_deal
          ? {
              create_deal: true,
              deal_name: values.deal_name.trim(),
              deal_value: values.deal_value.trim() || null,
              stage_id: values.stage_id ? Number(values.stage_id) : null,
            }
          : { create_deal: false },
      ),
    onSuccess: (conversion) => {
      void queryClient.invalidateQueries({ queryKey: sellKeys.record('lead', lead.id) });
      void queryClient.invalidateQueries({ queryKey: sellKeys.lists('lead') });
      void queryClient.invalidateQueries({ queryKey: sellKeys.lists('contact') });
      void queryClient.invalidateQueries({ queryKey: sellKeys.lists('deal') });
      refreshFeeds(queryClient);
      notify.success(conversion.deal_id ? t('convert.doneWithDeal') : t('convert.done'));
      onClose();
      const contactId = conversion.individual_id ?? conversion.organization_id;
      if (contactId) navigate(appRecordPath('contact', contactId));
    },
    onError: (error) => applySellFieldErrors(form, error, (path) => FORM_PATHS.includes(path)),
  });

  const values = form.getValues();
  return (
    <form onSubmit={form.onSubmit((submitted) => convert.mutate(submitted))} noValidate data-testid="convert-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {lead.organization_name && lead.last_name ? t('convert.explainWithCompany', { company: lead.organization_name }) : t('convert.explain')}
        </Text>
        <FormErrorAlert error={unplacedError(convert.error, (path) => FORM_PATHS.includes(path))} />
        <Checkbox label={t('convert.createDeal')} {...form.getInputProps('create_deal', { type: 'checkbox' })} />
        <Collapse expanded={values.create_deal}>
          <Stack gap="md" pl="xl">
            <TextInput label={t('convert.dealName')} required={values.create_deal} {...form.getInputProps('deal_name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('convert.dealValue')}
                inputMode="decimal"
                placeholder="0"
                rightSection={<Text size="xs" c="dimmed">{account.data?.currency ?? ''}</Text>}
                rightSectionWidth={48}
                {...form.getInputProps('deal_value')}
              />
              <StageSelect {...form.getInputProps('stage_id')} />
            </SimpleGrid>
          </Stack>
        </Collapse>
        <FormActions submitLabel={t('convert.submit')} saving={convert.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
