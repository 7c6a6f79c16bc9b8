import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/useNotify';
import type { Contact, Deal } from '../api/types';
import { ContactTypeIcon } from '../contacts/ContactTypeIcon';
import { RelatedRecordRow } from '../contacts/RelatedRecordRow';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { contactName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { SectionCard } from '../records/SectionCard';
import { useRecordsByIds } from '../records/useRecordsByIds';
import { AddAssociatedContactForm } from './AddAssociatedContactForm';
import { useAssociatedContacts, useRemoveAssociatedContact } from './useAssociatedContacts';

/** Everyone involved in the deal besides its primary contact. */
export function AssociatedContactsCard({ deal }: { deal: Deal }) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const associated = useAssociatedContacts(deal.id);
  const remove = useRemoveAssociatedContact(deal.id);
  const ids = (associated.data ?? []).map((item) => item.contact_id);
  const contacts = useRecordsByIds<Contact>('contact', ids);
  const [adding, setAdding] = useState(false);
  return (
    <SectionCard
      title={t('deals.associatedContacts')}
      testId="associated-contacts"
      actions={
        !adding && (
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {t('deals.addContact')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && <AddAssociatedContactForm dealId={deal.id} excludeIds={ids} onDone={() => setAdding(false)} />}
        {associated.isPending && <Skeleton height={16} width="60%" />}
        {associated.isError && (
          <LoadErrorAlert title={t('deals.associatedLoadFailed')} error={associated.error} onRetry={() => void associated.refetch()} />
        )}
        {associated.data?.length === 0 && !adding && (
          <Text size="sm" c="dimmed">
            {t('deals.noAssociatedContacts')}
          </Text>
        )}
        {associated.data?.map((item) => {
          const contact = contacts.data?.get(item.contact_id);
          const name = contact ? contactName(contact) : t('contacts.contactNumber', { id: item.contact_id });
          return (
            <RelatedRecordRow
              key={item.contact_id}
              to={appRecordPath('contact', item.contact_id)}
              name={name}
              detail={contact?.email ?? undefined}
              leading={<ContactTypeIcon organization={contact?.is_organization ?? false} size={28} />}
              trailing={
                <Group gap={6} wrap="nowrap">
                  {item.role && (
                    <Badge variant="light" color="gray" tt="none" size="sm">
                      {item.role}
                    </Badge>
                  )}
                  <Tooltip label={t('deals.removeContact', { name })} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('deals.removeContact', { name })}
                      loading={remove.isPending && remove.variables === item.contact_id}
                      onClick={() => remove.mutate(item.contact_id, { onError: (error) => notify.error(error) })}
                    >
                      <IconX size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              }
            />
          );
        })}
      </Stack>
    </SectionCard>
  );
}
