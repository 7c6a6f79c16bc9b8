import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import type { RecordColumn } from '../list/RecordTable';
import { RecordNameLink } from '../list/RecordNameLink';
import { DimmedDash } from '../records/DimmedDash';
import { OwnerName } from '../records/OwnerName';
import { contactName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { ContactTypeIcon } from './ContactTypeIcon';

/** `organizations` names the companies of the people on this page. */
export function useContactColumns(organizations: Map<number, Contact> | undefined): RecordColumn<Contact>[] {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  return [
    {
      key: 'name',
      label: t('fields.name'),
      sortField: 'name',
      render: (contact) => (
        <Group gap="sm" wrap="nowrap">
          <ContactTypeIcon organization={contact.is_organization} />
          <RecordNameLink to={appRecordPath('contact', contact.id)} name={contactName(contact)} fallback={t('records.unnamed')} />
        </Group>
      ),
    },
    {
      key: 'organization',
      label: t('fields.organization'),
      render: (contact) => {
        const organization = contact.contact_id ? organizations?.get(contact.contact_id) : undefined;
        if (!contact.contact_id) return <DimmedDash />;
        return (
          <Anchor component={Link} to={appRecordPath('contact', contact.contact_id)} size="sm">
            {organization ? contactName(organization) : t('contacts.organizationNumber', { id: contact.contact_id })}
          </Anchor>
        );
      },
    },
    { key: 'title', label: t('fields.title'), render: (contact) => (contact.title ? <Text size="sm">{contact.title}</Text> : <DimmedDash />) },
    {
      key: 'email',
      label: t('fields.email'),
      render: (contact) => (contact.email ? <Text size="sm" c="dimmed">{contact.email}</Text> : <DimmedDash />),
    },
    {
      key: 'phone',
      label: t('fields.phone'),
      render: (contact) => (contact.phone || contact.mobile ? <Text size="sm" c="dimmed">{contact.phone || contact.mobile}</Text> : <DimmedDash />),
    },
    { key: 'owner', label: t('fields.owner'), render: (contact) => <OwnerName userId={contact.owner_id} /> },
    {
      key: 'updated',
      label: t('fields.updated'),
      sortField: 'updated_at',
      render: (contact) => (
        <Text size="sm" c="dimmed" title={format.dateTime(contact.updated_at)}>
          {format.relative(contact.updated_at)}
        </Text>
      ),
    },
  ];
}
