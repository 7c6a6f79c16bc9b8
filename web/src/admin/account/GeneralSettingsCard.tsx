import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuilding, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../ui/applyFieldErrors';
import type { Account } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { useUpdateAccount } from '../useAccountMutations';
import { SettingsCard } from './SettingsCard';

export function GeneralSettingsCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const updateAccount = useUpdateAccount();
  const form = useForm({
    initialValues: { name: account.name },
    validate: { name: (value: string) => (value.trim() ? null : t('validation.accountNameRequired')) },
  });
  const unchanged = form.values.name.trim() === account.name;

  const handleSubmit = form.onSubmit(({ name }) => {
    updateAccount.mutate(
      { name: name.trim() },
      {
        onSuccess: (saved) => {
          form.setInitialValues({ name: saved.name });
          form.setValues({ name: saved.name });
          notify.success(t('account.nameSaved'));
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['name'])) notify.error(error);
        },
      },
    );
  });

  return (
    <SettingsCard
      title={t('account.generalTitle')}
      description={t('account.generalDescription')}
      icon={<IconBuilding size={22} aria-hidden="true" />}
      color="calmIndigo"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="md">
            <TextInput
              label={t('account.name')}
              description={t('account.nameHint')}
              required
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('account.subdomain')}
              value={account.subdomain}
              readOnly
              description={t('account.subdomainReadOnly')}
              rightSection={<IconLock size={16} aria-hidden="true" />}
              variant="filled"
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={updateAccount.isPending} disabled={unchanged}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsCard>
  );
}
