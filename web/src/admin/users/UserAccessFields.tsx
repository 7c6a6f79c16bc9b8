import { Checkbox, Fieldset, Select, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DisabledReason } from '../../ui/DisabledReason';
import type { ChatRole, SellRole, SupportRole, User } from '../../ui/types';
import { ManagerSelect } from '../ManagerSelect';
import type { EditRules } from '../useEditRules';
import { useRoleOptions } from '../useRoleLabels';
import type { UserFormValues } from './userFormValues';

interface UserAccessFieldsProps {
  form: UseFormReturnType<UserFormValues>;
  rules: EditRules;
  users: readonly User[];
  /** The user being edited; null while adding one. */
  userId: number | null;
  /** Offer "Owner" as a Chat role (only when editing, and only for the owner). */
  offerOwnership: boolean;
}

/** Roles, full access and manager: the parts of a user that depend on who is editing. */
export function UserAccessFields({ form, rules, users, userId, offerOwnership }: UserAccessFieldsProps) {
  const { t } = useTranslation();
  const options = useRoleOptions(offerOwnership || form.values.chatRole === 'owner');
  const sellBlocked = rules.sell !== null;

  return (
    <Stack gap="lg">
      <Fieldset legend={t('products.sell.name')} radius="md">
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="md">
            <DisabledReason reason={rules.sell}>
              <Select<SellRole>
                label={t('users.fields.sellRole')}
                data={options.sell}
                allowDeselect={false}
                disabled={sellBlocked}
                {...form.getInputProps('sellRole')}
                onChange={(value) => {
                  if (!value) return;
                  form.setFieldValue('sellRole', value);
                  if (value === 'none') form.setFieldValue('sellFullAccess', false);
                }}
              />
            </DisabledReason>
            <DisabledReason reason={rules.sell}>
              <ManagerSelect
                users={users}
                forUserId={userId}
                value={form.values.reportsToId}
                onChange={(value) => form.setFieldValue('reportsToId', value)}
                error={form.errors.reportsToId}
                disabled={sellBlocked}
              />
            </DisabledReason>
          </SimpleGrid>
          <DisabledReason reason={rules.sell}>
            <Checkbox
              label={t('users.fields.sellFullAccess')}
              description={t('users.fullAccessHint')}
              disabled={sellBlocked || form.values.sellRole === 'none'}
              {...form.getInputProps('sellFullAccess', { type: 'checkbox' })}
            />
          </DisabledReason>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('users.chatSupportLegend')} radius="md">
        <SimpleGrid cols={2} spacing="md">
          <DisabledReason reason={rules.chat}>
            <Select<ChatRole>
              label={t('users.fields.chatRole')}
              data={options.chat}
              allowDeselect={false}
              disabled={rules.chat !== null}
              {...form.getInputProps('chatRole')}
            />
          </DisabledReason>
          <DisabledReason reason={rules.support}>
            <Select<SupportRole>
              label={t('users.fields.supportRole')}
              data={options.support}
              allowDeselect={false}
              disabled={rules.support !== null}
              {...form.getInputProps('supportRole')}
            />
          </DisabledReason>
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
