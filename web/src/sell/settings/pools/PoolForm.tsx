import { SegmentedControl, Input, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Pool, ResourceType } from '../../api/types';
import { useSellUsers } from '../../data/useSellUsers';
import { applySellFieldErrors, unplacedError } from '../../forms/applySellFieldErrors';
import { FormActions } from '../../forms/FormActions';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PoolMembersEditor } from './PoolMembersEditor';
import { usePoolMutations } from './usePoolMutations';

interface PoolFormValues {
  name: string;
  resource_type: ResourceType;
  member_ids: number[];
}

const isFormPath = (path: string) => ['name', 'resource_type', 'member_ids'].includes(path);

export function PoolForm({ pool, onDone, onCancel }: { pool: Pool | null; onDone: (pool: Pool) => void; onCancel: () => void }) {
  const { t } = useTranslation('sell');
  const users = useSellUsers();
  const { create, update } = usePoolMutations();
  const form = useForm<PoolFormValues>({
    initialValues: {
      name: pool?.name ?? '',
      resource_type: pool?.resource_type ?? 'lead',
      member_ids: pool ? [...pool.members].sort((a, b) => a.position - b.position).map((member) => member.user_id) : [],
    },
    validate: { name: (value) => (value.trim() ? null : t('settings.nameRequired')) },
  });
  const submit = form.onSubmit((values) => {
    const input = { name: values.name.trim(), member_ids: values.member_ids, ...(pool ? {} : { resource_type: values.resource_type }) };
    const handlers = { onSuccess: onDone, onError: (error: unknown) => applySellFieldErrors(form, error, isFormPath) };
    if (pool) update.mutate({ id: pool.id, input }, handlers);
    else create.mutate(input, handlers);
  });
  return (
    <form onSubmit={submit} noValidate data-testid="pool-form">
      <Stack gap="md">
        <FormErrorAlert error={unplacedError(pool ? update.error : create.error, isFormPath)} />
        <TextInput label={t('settings.pools.name')} data-autofocus {...form.getInputProps('name')} />
        {!pool && (
          <Input.Wrapper label={t('settings.pools.distributes')}>
            <SegmentedControl
              mt={6}
              fullWidth
              data={(['lead', 'contact', 'deal'] as const).map((value) => ({ value, label: t(`settings.customFields.resources.${value}`) }))}
              {...form.getInputProps('resource_type')}
            />
          </Input.Wrapper>
        )}
        <PoolMembersEditor
          users={users.data ?? []}
          value={form.getValues().member_ids}
          onChange={(ids) => form.setFieldValue('member_ids', ids)}
          error={form.errors.member_ids}
        />
        <FormActions submitLabel={pool ? t('common.saveChanges') : t('settings.pools.create')} saving={create.isPending || update.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
