import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact, Deal } from '../api/types';
import { useStageById } from '../data/usePipelines';
import { useSellFormat } from '../format/useSellFormat';
import type { RecordColumn } from '../list/RecordTable';
import { RecordNameLink } from '../list/RecordNameLink';
import { DimmedDash } from '../records/DimmedDash';
import { OwnerName } from '../records/OwnerName';
import { contactName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { StageBadge } from '../records/StageBadge';
import { DealValue } from './DealValue';
import { HotBadge } from './HotBadge';

/** `contacts` names the primary contacts of the deals on this page. */
export function useDealColumns(contacts: Map<number, Contact> | undefined): RecordColumn<Deal>[] {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const stageOf = useStageById();
  return [
    {
      key: 'name',
      label: t('fields.name'),
      sortField: 'name',
      render: (deal) => (
        <Group gap="xs" wrap="nowrap">
          <RecordNameLink to={appRecordPath('deal', deal.id)} name={deal.name} fallback={t('records.unnamed')} />
          {deal.hot && <HotBadge size="xs" />}
        </Group>
      ),
    },
    { key: 'value', label: t('fields.value'), render: (deal) => <DealValue value={deal.value} currency={deal.currency} /> },
    { key: 'stage', label: t('fields.stage'), render: (deal) => <StageBadge stage={stageOf(deal.stage_id)} /> },
    {
      key: 'contact',
      label: t('fields.primaryContact'),
      render: (deal) => {
        if (!deal.contact_id) return <DimmedDash />;
        const contact = contacts?.get(deal.contact_id);
        return (
          <Anchor component={Link} to={appRecordPath('contact', deal.contact_id)} size="sm">
            {contact ? contactName(contact) : t('contacts.contactNumber', { id: deal.contact_id })}
          </Anchor>
        );
      },
    },
    { key: 'owner', label: t('fields.owner'), render: (deal) => <OwnerName userId={deal.owner_id} /> },
    {
      key: 'close',
      label: t('fields.estimatedCloseDate'),
      sortField: 'estimated_close_date',
      render: (deal) => (deal.estimated_close_date ? <Text size="sm">{format.date(deal.estimated_close_date)}</Text> : <DimmedDash />),
    },
    {
      key: 'updated',
      label: t('fields.updated'),
      sortField: 'updated_at',
      render: (deal) => (
        <Text size="sm" c="dimmed" title={format.dateTime(deal.updated_at)}>
          {format.relative(deal.updated_at)}
        </Text>
      ),
    },
  ];
}
