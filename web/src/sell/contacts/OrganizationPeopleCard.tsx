import { useState } from 'react';
import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { useRecordList } from '../list/useRecordList';
import { contactName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { SectionCard } from '../records/SectionCard';
import { ContactFormDrawer } from './ContactFormDrawer';
import { ContactTypeIcon } from './ContactTypeIcon';
import { RelatedRecordRow } from './RelatedRecordRow';

/** The people who work at an organization, and a way to add one. */
export function OrganizationPeopleCard({ organization }: { organization: Contact }) {
  const { t } = useTranslation('sell');
  const people = useRecordList<Contact>('contact', `contact_id=${organization.id}&sort_by=name:asc&per_page=100`);
  const [adding, setAdding] = useState(false);
  return (
    <SectionCard
      title={t('contacts.people')}
      testId="organization-people"
      actions={
        <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
          {t('contacts.addPerson')}
        </Button>
      }
    >
      {people.isPending && <Skeleton height={16} width="60%" />}
      {people.isError && <LoadErrorAlert title={t('contacts.loadFailed')} error={people.error} onRetry={() => void people.refetch()} />}
      {people.data && people.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.noPeople')}
        </Text>
      )}
      <Stack gap="sm">
        {people.data?.items.map((person) => (
          <RelatedRecordRow
            key={person.id}
            to={appRecordPath('contact', person.id)}
            name={contactName(person)}
            detail={[person.title, person.email].filter(Boolean).join(' · ')}
            leading={<ContactTypeIcon organization={false} size={28} />}
          />
        ))}
      </Stack>
      <ContactFormDrawer opened={adding} contact={null} organizationId={organization.id} onClose={() => setAdding(false)} />
    </SectionCard>
  );
}
