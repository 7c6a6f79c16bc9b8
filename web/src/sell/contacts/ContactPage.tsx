import { useState } from 'react';
import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact } from '../api/types';
import { DeleteRecordModal } from '../records/DeleteRecordModal';
import { MetaItem } from '../records/MetaItem';
import { OwnerName } from '../records/OwnerName';
import { RecordHeader } from '../records/RecordHeader';
import { RecordLoadProblem } from '../records/RecordLoadProblem';
import { RecordPageActions } from '../records/RecordPageActions';
import { RecordPageBody } from '../records/RecordPageBody';
import { RecordPageSkeleton } from '../records/RecordPageSkeleton';
import { contactName } from '../records/recordNames';
import { appListPath, appRecordPath } from '../records/resourcePaths';
import { useRecord } from '../records/useRecord';
import { useRouteRecordId } from '../records/useRouteRecordId';
import { ContactDealsCard } from './ContactDealsCard';
import { ContactDetailsCard } from './ContactDetailsCard';
import { contactFieldApplies } from './contactFormValues';
import { ContactFormDrawer } from './ContactFormDrawer';
import { ContactTypeIcon } from './ContactTypeIcon';
import { OrganizationPeopleCard } from './OrganizationPeopleCard';

type Dialog = 'edit' | 'delete' | null;

export function ContactPage() {
  const { t } = useTranslation('sell');
  const id = useRouteRecordId();
  const contact = useRecord<Contact>('contact', id);
  const organization = useRecord<Contact>('contact', contact.data?.contact_id ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (id === null || contact.isError) {
    return (
      <RecordLoadProblem
        error={id === null ? null : contact.error}
        listPath={appListPath('contact')}
        listLabel={t('contacts.title')}
        onRetry={() => void contact.refetch()}
      />
    );
  }
  if (!contact.data) return <RecordPageSkeleton />;

  const record = contact.data;
  const name = contactName(record) || t('records.unnamed');
  const isOrganization = record.is_organization;
  const close = () => setDialog(null);
  return (
    <>
      <RecordHeader
        kind={isOrganization ? t('contacts.organization') : t('contacts.person')}
        listLabel={t('contacts.title')}
        listPath={appListPath('contact')}
        name={name}
        icon={<ContactTypeIcon organization={isOrganization} size={52} />}
        badges={
          <>
            {record.customer_status && record.customer_status !== 'none' && (
              <Badge color="teal" variant="light" size="md" tt="none" radius="sm">
                {t(`contacts.customerBadge.${record.customer_status}`)}
              </Badge>
            )}
            {record.prospect_status && record.prospect_status !== 'none' && (
              <Badge color="blue" variant="light" size="md" tt="none" radius="sm">
                {t(`contacts.prospectBadge.${record.prospect_status}`)}
              </Badge>
            )}
          </>
        }
        meta={
          <>
            <MetaItem label={t('fields.owner')}>
              <OwnerName userId={record.owner_id} />
            </MetaItem>
            {record.contact_id && (
              <MetaItem label={t('fields.organization')}>
                <Anchor component={Link} to={appRecordPath('contact', record.contact_id)} size="sm">
                  {organization.data ? contactName(organization.data) : t('contacts.organizationNumber', { id: record.contact_id })}
                </Anchor>
              </MetaItem>
            )}
            {record.lead_id && (
              <MetaItem label={t('contacts.fromLead')}>
                <Anchor component={Link} to={appRecordPath('lead', record.lead_id)} size="sm">
                  {t('contacts.openLead')}
                </Anchor>
              </MetaItem>
            )}
          </>
        }
        actions={<RecordPageActions onEdit={() => setDialog('edit')} onDelete={() => setDialog('delete')} />}
      />
      <RecordPageBody
        resource="contact"
        record={record}
        customFieldApplies={(definition) => contactFieldApplies(definition, isOrganization)}
        details={
          <>
            <ContactDetailsCard contact={record} organization={organization.data} />
            {isOrganization && <OrganizationPeopleCard organization={record} />}
            <ContactDealsCard contact={record} />
          </>
        }
      />
      <ContactFormDrawer opened={dialog === 'edit'} contact={record} onClose={close} />
      <DeleteRecordModal opened={dialog === 'delete'} resource="contact" id={record.id} name={name} onClose={close} />
    </>
  );
}
