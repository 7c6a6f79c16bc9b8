import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api/types';
import { useNamedItemName } from '../data/useNamedItems';
import { useSellFormat } from '../format/useSellFormat';
import { EmailLink, PhoneLink, WebLink } from '../records/ContactLinks';
import { FieldList } from '../records/FieldList';
import { formatAddress } from '../records/formatAddress';
import { OwnerName } from '../records/OwnerName';
import { SectionCard } from '../records/SectionCard';
import { TagList } from '../records/TagList';

/** A lead's standard fields. */
export function LeadDetailsCard({ lead }: { lead: Lead }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const sourceName = useNamedItemName('lead_sources');
  return (
    <SectionCard title={t('records.details')} testId="lead-details">
      <FieldList
        items={[
          { label: t('fields.firstName'), value: lead.first_name },
          { label: t('fields.lastName'), value: lead.last_name },
          { label: t('fields.company'), value: lead.organization_name },
          { label: t('fields.title'), value: lead.title },
          { label: t('fields.owner'), value: <OwnerName userId={lead.owner_id} /> },
          { label: t('fields.source'), value: sourceName(lead.source_id) ?? null },
          { label: t('fields.email'), value: lead.email ? <EmailLink value={lead.email} /> : null },
          { label: t('fields.phone'), value: lead.phone ? <PhoneLink value={lead.phone} /> : null },
          { label: t('fields.mobile'), value: lead.mobile ? <PhoneLink value={lead.mobile} /> : null },
          { label: t('fields.website'), value: lead.website ? <WebLink value={lead.website} /> : null },
          { label: t('fields.industry'), value: lead.industry },
          { label: t('fields.address'), value: formatAddress(lead.address) },
          {
            label: t('fields.description'),
            value: lead.description ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {lead.description}
              </Text>
            ) : null,
          },
          { label: t('fields.tags'), value: lead.tags.length ? <TagList tags={lead.tags} /> : null },
          { label: t('fields.created'), value: format.dateTime(lead.created_at) },
        ]}
      />
    </SectionCard>
  );
}
