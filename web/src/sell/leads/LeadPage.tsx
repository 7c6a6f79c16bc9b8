import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api/types';
import { useNamedItemName } from '../data/useNamedItems';
import { DeleteRecordModal } from '../records/DeleteRecordModal';
import { LeadStatusBadge } from '../records/LeadStatusBadge';
import { MetaItem } from '../records/MetaItem';
import { OwnerName } from '../records/OwnerName';
import { RecordHeader } from '../records/RecordHeader';
import { RecordLoadProblem } from '../records/RecordLoadProblem';
import { RecordPageActions } from '../records/RecordPageActions';
import { RecordPageBody } from '../records/RecordPageBody';
import { RecordPageSkeleton } from '../records/RecordPageSkeleton';
import { leadName } from '../records/recordNames';
import { appListPath } from '../records/resourcePaths';
import { useRecord } from '../records/useRecord';
import { useRouteRecordId } from '../records/useRouteRecordId';
import { ConvertedBadge } from './ConvertedBadge';
import { ConvertedNotice } from './ConvertedNotice';
import { ConvertLeadModal } from './ConvertLeadModal';
import { LeadDetailsCard } from './LeadDetailsCard';
import { LeadFormDrawer } from './LeadFormDrawer';

type Dialog = 'edit' | 'convert' | 'delete' | null;

export function LeadPage() {
  const { t } = useTranslation('sell');
  const id = useRouteRecordId();
  const lead = useRecord<Lead>('lead', id);
  const sourceName = useNamedItemName('lead_sources');
  const [dialog, setDialog] = useState<Dialog>(null);

  if (id === null || lead.isError) {
    return (
      <RecordLoadProblem
        error={id === null ? null : lead.error}
        listPath={appListPath('lead')}
        listLabel={t('leads.title')}
        onRetry={() => void lead.refetch()}
      />
    );
  }
  if (!lead.data) return <RecordPageSkeleton />;

  const record = lead.data;
  const name = leadName(record) || t('records.unnamed');
  const converted = Boolean(record.converted_at);
  const close = () => setDialog(null);
  return (
    <>
      <RecordHeader
        kind={t('leads.kind')}
        listLabel={t('leads.title')}
        listPath={appListPath('lead')}
        name={name}
        badges={
          <>
            <LeadStatusBadge status={record.status} size="md" />
            {converted && <ConvertedBadge size="md" />}
          </>
        }
        meta={
          <>
            <MetaItem label={t('fields.owner')}>
              <OwnerName userId={record.owner_id} />
            </MetaItem>
            {record.organization_name && <MetaItem label={t('fields.company')}>{record.organization_name}</MetaItem>}
            {sourceName(record.source_id) && <MetaItem label={t('fields.source')}>{sourceName(record.source_id)!}</MetaItem>}
          </>
        }
        actions={
          <RecordPageActions onEdit={() => setDialog('edit')} onDelete={() => setDialog('delete')}>
            {!converted && (
              <Button leftSection={<IconArrowsExchange size={16} aria-hidden="true" />} onClick={() => setDialog('convert')}>
                {t('leads.convert')}
              </Button>
            )}
          </RecordPageActions>
        }
      />
      <ConvertedNotice lead={record} />
      <RecordPageBody resource="lead" record={record} details={<LeadDetailsCard lead={record} />} />
      <LeadFormDrawer opened={dialog === 'edit'} lead={record} onClose={close} />
      <ConvertLeadModal opened={dialog === 'convert'} lead={record} onClose={close} />
      <DeleteRecordModal opened={dialog === 'delete'} resource="lead" id={record.id} name={name} onClose={close} />
    </>
  );
}
