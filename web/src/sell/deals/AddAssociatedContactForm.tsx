import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import { useNotify } from '../../ui/useNotify';
import { ContactPicker } from '../forms/ContactPicker';
import { useAddAssociatedContact } from './useAssociatedContacts';

/** Adds a contact to the deal, with the part they play in it. */
export function AddAssociatedContactForm({ dealId, excludeIds, onDone }: { dealId: number; excludeIds: number[]; onDone: () => void }) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const add = useAddAssociatedContact(dealId);
  const [contactId, setContactId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!contactId) {
          setError(t('deals.pickContact'));
          return;
        }
        add.mutate(
          { contact_id: Number(contactId), role: role.trim() || null },
          {
            onSuccess: () => onDone(),
            onError: (failure) => {
              const message = isApiError(failure) ? failure.fields[0]?.message : undefined;
              if (message) setError(message);
              else notify.error(failure);
            },
          },
        );
      }}
    >
      <Group align="flex-start" gap="xs" wrap="wrap">
        <div style={{ flex: 1, minWidth: 200 }}>
          <ContactPicker
            label={t('deals.contactToAdd')}
            value={contactId}
            onChange={(value) => {
              setContactId(value);
              setError(null);
            }}
            excludeIds={excludeIds}
            error={error}
          />
        </div>
        <TextInput label={t('deals.role')} placeholder={t('deals.rolePlaceholder')} value={role} onChange={(e) => setRole(e.currentTarget.value)} w={150} />
        <Group gap="xs" mt={25}>
          <Button type="submit" loading={add.isPending}>
            {t('deals.addContact')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
