import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/useNotify';
import type { Contact, Deal } from '../api/types';
import { ContactTypeIcon } from '../contacts/ContactTypeIcon';
import { RelatedRecordRow } from '../contacts/RelatedRecordRow';
import { AddableListCard } from '../records/AddableListCard';
import { contactName } from '../records/recordNames';
import { RemoveIconButton } from '../records/RemoveIconButton';
import { appRecordPath } from '../records/resourcePaths';
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
  return (
    <AddableListCard
      title={t('deals.associatedContacts')}
      testId="associated-contacts"
      list={associated}
      addLabel={t('deals.addContact')}
      addForm={(done) => <AddAssociatedContactForm dealId={deal.id} excludeIds={ids} onDone={done} />}
      loadFailed={t('deals.associatedLoadFailed')}
      empty={t('deals.noAssociatedContacts')}
      skeletonWidth="60%"
      renderItem={(item) => {
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
                <RemoveIconButton
                  label={t('deals.removeContact', { name })}
                  loading={remove.isPending && remove.variables === item.contact_id}
                  onClick={() => remove.mutate(item.contact_id, { onError: (error) => notify.error(error) })}
                />
              </Group>
            }
          />
        );
      }}
    />
  );
}
