import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api/types';
import { useNamedItemName } from '../data/useNamedItems';
import { useSellFormat } from '../format/useSellFormat';
import type { RecordColumn } from '../list/RecordTable';
import { RecordNameLink } from '../list/RecordNameLink';
import { DimmedDash } from '../records/DimmedDash';
import { LeadStatusBadge } from '../records/LeadStatusBadge';
import { OwnerName } from '../records/OwnerName';
import { leadName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { ConvertedBadge } from './ConvertedBadge';

export function useLeadColumns(): RecordColumn<Lead>[] {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const sourceName = useNamedItemName('lead_sources');
  return [
    {
      key: 'name',
      label: t('fields.name'),
      sortField: 'last_name',
      render: (lead) => <RecordNameLink to={appRecordPath('lead', lead.id)} name={leadName(lead)} fallback={t('records.unnamed')} />,
    },
    {
      key: 'organization',
      label: t('fields.company'),
      sortField: 'organization_name',
      render: (lead) => (lead.organization_name ? <Text size="sm">{lead.organization_name}</Text> : <DimmedDash />),
    },
    {
      key: 'status',
      label: t('fields.status'),
      sortField: 'status',
      render: (lead) => (lead.converted_at ? <ConvertedBadge /> : <LeadStatusBadge status={lead.status} />),
    },
    {
      key: 'source',
      label: t('fields.source'),
      render: (lead) => {
        const name = sourceName(lead.source_id);
        return name ? <Text size="sm">{name}</Text> : <DimmedDash />;
      },
    },
    { key: 'owner', label: t('fields.owner'), render: (lead) => <OwnerName userId={lead.owner_id} /> },
    {
      key: 'email',
      label: t('fields.email'),
      render: (lead) => (lead.email ? <Text size="sm" c="dimmed">{lead.email}</Text> : <DimmedDash />),
    },
    {
      key: 'updated',
      label: t('fields.updated'),
      sortField: 'updated_at',
      render: (lead) => (
        <Text size="sm" c="dimmed" title={format.dateTime(lead.updated_at)}>
          {format.relative(lead.updated_at)}
        </Text>
      ),
    },
  ];
}
