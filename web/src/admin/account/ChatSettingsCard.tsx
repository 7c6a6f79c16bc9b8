import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { applyFieldErrors } from '../../ui/applyFieldErrors';
import { DisabledReason } from '../../ui/DisabledReason';
import { CHAT_PLANS, CHAT_VERSIONS, type Account, type ChatPlan, type ChatVersion } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { useUpdateAccount } from '../useAccountMutations';
import { SettingsCard } from './SettingsCard';

interface ChatSettingsValues {
  chatPlan: ChatPlan;
  chatVersion: ChatVersion;
}

export function ChatSettingsCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { permissions } = useSignedInSession();
  const updateAccount = useUpdateAccount();
  const blockedReason = permissions.manageChatSettings ? null : t('permissions.chatSettingsOnly');
  const form = useForm<ChatSettingsValues>({
    initialValues: { chatPlan: account.chatPlan, chatVersion: account.chatVersion },
  });
  const changes: Partial<ChatSettingsValues> = {};
  if (form.values.chatPlan !== account.chatPlan) changes.chatPlan = form.values.chatPlan;
  if (form.values.chatVersion !== account.chatVersion) changes.chatVersion = form.values.chatVersion;
  const unchanged = Object.keys(changes).length === 0;

  const handleSubmit = form.onSubmit(() => {
    updateAccount.mutate(changes, {
      onSuccess: () => notify.success(t('account.chatSaved')),
      onError: (error) => {
        if (!applyFieldErrors(form, error, ['chatPlan', 'chatVersion'])) notify.error(error);
      },
    });
  });

  return (
    <SettingsCard
      title={t('products.chat.name')}
      description={t('account.chatDescription')}
      icon={<IconMessageCircle size={22} aria-hidden="true" />}
      color="blue"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="md">
            <DisabledReason reason={blockedReason}>
              <Select<ChatPlan>
                label={t('account.chatPlan')}
                data={CHAT_PLANS.map((plan) => ({ value: plan, label: t(`account.plans.${plan}`) }))}
                allowDeselect={false}
                disabled={blockedReason !== null}
                {...form.getInputProps('chatPlan')}
              />
            </DisabledReason>
            <DisabledReason reason={blockedReason}>
              <Select<ChatVersion>
                label={t('account.chatVersion')}
                data={CHAT_VERSIONS.map((version) => ({ value: version, label: t(`account.versions.${version}`) }))}
                allowDeselect={false}
                disabled={blockedReason !== null}
                {...form.getInputProps('chatVersion')}
              />
            </DisabledReason>
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={updateAccount.isPending} disabled={unchanged || blockedReason !== null}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsCard>
  );
}
