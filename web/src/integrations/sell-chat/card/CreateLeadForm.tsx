import { Button, Group, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../ui/applyFieldErrors';
import { isApiError } from '../../../ui/ApiError';
import { useNotify } from '../../../ui/useNotify';
import { CardRefusal } from './CardRefusal';
import { useCardOptions } from './cardOptions';
import type { CreatedLead, LeadPrefill, OwnerOptions } from './cardTypes';
import { OwnerPicker } from './OwnerPicker';
import { ownerFromValue, ownerValue } from './ownerValue';
import { refusalOf } from './refusalOf';
import { useCreateLead, useOwnerChoices } from './useCardMutations';

type FormValues = { firstName: string; lastName: string; email: string; phone: string; owner: string | null; note: string };

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'owner', 'note'] as const;

type CreateLeadFormProps = {
  chatId: string;
  prefill: LeadPrefill;
  /** The card's owner options, shown until the fresh ones arrive. */
  owner: OwnerOptions;
  onCreated: (created: CreatedLead) => void;
  onCancel: () => void;
};

/**
 * W-2: the visitor as a new lead, prefilled (name split into first and last, O-7's "Chat visitor"
 * when there is none), with an optional note and, when the rules ask for one, an owner pick.
 */
export function CreateLeadForm({ chatId, prefill, owner, onCreated, onCancel }: CreateLeadFormProps) {
  const { t } = useTranslation('sellChatCard');
  const notify = useNotify();
  const { installationId } = useCardOptions();
  const choices = useOwnerChoices();
  const options = choices.data ?? owner;
  const create = useCreateLead(chatId);
  const refusal = refusalOf(create.error);

  const form = useForm<FormValues>({
    initialValues: {
      firstName: prefill.firstName,
      lastName: prefill.lastName,
      email: prefill.email ?? '',
      phone: prefill.phone ?? '',
      owner: !owner.required && owner.default && owner.mode === 'pick_any' ? ownerValue(owner.default.owner) : null,
      note: '',
    },
    validate: {
      lastName: (value) => (value.trim() ? null : t('createLead.lastNameRequired')),
      owner: (value) => (options.required && !ownerFromValue(value) ? t('createLead.ownerRequired') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
        ...(options.mode === 'fixed' ? {} : { owner: ownerFromValue(values.owner) }),
      },
      {
        onSuccess: (created) => {
          notify.success(t('createLead.created', { name: created.lead.name, owner: created.owner.assignedTo?.name ?? created.owner.name }));
          onCreated(created);
        },
        onError: (error) => {
          if (refusalOf(error)) return;
          if (isApiError(error) && error.code === 'visitor_in_sell') {
            notify.error(new Error(t('createLead.alreadyInSell')));
            onCancel();
            return;
          }
          if (!applyFieldErrors(form, error, FIELDS)) notify.error(error);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="create-lead-form">
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t('createLead.title')}
        </Title>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput size="xs" label={t('createLead.firstName')} autoComplete="off" data-autofocus {...form.getInputProps('firstName')} />
          <TextInput size="xs" label={t('createLead.lastName')} required autoComplete="off" {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <TextInput size="xs" type="email" label={t('createLead.email')} autoComplete="off" {...form.getInputProps('email')} />
        <TextInput size="xs" type="tel" label={t('createLead.phone')} autoComplete="off" {...form.getInputProps('phone')} />
        <OwnerPicker options={options} value={form.values.owner} onChange={(value) => form.setFieldValue('owner', value)} error={form.errors.owner} />
        <Textarea
          size="xs"
          label={t('createLead.note')}
          placeholder={t('createLead.notePlaceholder')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={10_000}
          {...form.getInputProps('note')}
        />
        {refusal && <CardRefusal refusal={refusal} installationId={refusal.installationId ?? installationId} />}
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('createLead.cancel')}
          </Button>
          <Button size="xs" type="submit" loading={create.isPending}>
            {t('createLead.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
