import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { EmailLink, PhoneLink, WebLink } from '../records/ContactLinks';
import { FieldList, type FieldListItem } from '../records/FieldList';
import { formatAddress } from '../records/formatAddress';
import { OwnerName } from '../records/OwnerName';
import { contactName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { SectionCard } from '../records/SectionCard';
import { TagList } from '../records/TagList';

/** A contact's standard fields; `organization` is a person's company, when known. */
export function ContactDetailsCard({ contact, organization }: { contact: Contact; organization: Contact | undefined }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const nameItems: FieldListItem[] = contact.is_organization
    ? [{ label: t('fields.organizationName'), value: contact.name }]
    : [
        { label: t('fields.firstName'), value: contact.first_name },
        { label: t('fields.lastName'), value: contact.last_name },
        { label: t('fields.title'), value: contact.title },
        {
          label: t('fields.organization'),
          value: contact.contact_id ? (
            <Anchor component={Link} to={appRecordPath('contact', contact.contact_id)} size="sm">
              {organization ? contactName(organization) : t('contacts.organizationNumber', { id: contact.contact_id })}
            </Anchor>
          ) : null,
        },
      ];
  return (
    <SectionCard title={t('records.details')} testId="contact-details">
      <FieldList
        items={[
          ...nameItems,
          { label: t('fields.owner'), value: <OwnerName userId={contact.owner_id} /> },
          { label: t('fields.customerStatus'), value: t(`contacts.customerStatus.${contact.customer_status ?? 'none'}`) },
          { label: t('fields.prospectStatus'), value: t(`contacts.prospectStatus.${contact.prospect_status ?? 'none'}`) },
          { label: t('fields.email'), value: contact.email ? <EmailLink value={contact.email} /> : null },
          { label: t('fields.phone'), value: contact.phone ? <PhoneLink value={contact.phone} /> : null },
          { label: t('fields.mobile'), value: contact.mobile ? <PhoneLink value={contact.mobile} /> : null },
          { label: t('fields.website'), value: contact.website ? <WebLink value={contact.website} /> : null },
          { label: t('fields.industry'), value: contact.industry },
          { label: t('fields.address'), value: formatAddress(contact.address) },
          {
            label: t('fields.description'),
            value: contact.description ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {contact.description}
              </Text>
            ) : null,
          },
          { label: t('fields.tags'), value: contact.tags.length ? <TagList tags={contact.tags} /> : null },
          { label: t('fields.created'), value: format.dateTime(contact.created_at) },
        ]}
      />
    </SectionCard>
  );
}
