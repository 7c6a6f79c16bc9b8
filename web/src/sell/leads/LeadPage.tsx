import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconArrowsExchange, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api/types';
import { CollaboratorsCard } from '../collaborators/CollaboratorsCard';
import { ActivityCard } from '../feed/ActivityCard';
import { useNamedItemName } from '../data/useNamedItems';
import { CustomFieldsCard } from '../records/CustomFieldsCard';
import { DeleteRecordModal } from '../records/DeleteRecordModal';
import { LeadStatusBadge } from '../records/LeadStatusBadge';
import { MetaItem } from '../records/MetaItem';
import { MoreActionsMenu } from '../records/MoreActionsMenu';
import { OwnerName } from '../records/OwnerName';
import { RecordHeader } from '../records/RecordHeader';
import { RecordLoadProblem } from '../records/RecordLoadProblem';
import { RecordPageGrid } from '../records/RecordPageGrid';
import { RecordPageSkeleton } from '../records/RecordPageSkeleton';
import { leadName } from '../records/recordNames';
import { appListPath } from '../records/resourcePaths';
import { useRecord } from '../records/useRecord';
import { useRouteRecordId } from '../records/useRouteRecordId';
import { RecordTasksCard } from '../tasks/RecordTasksCard';
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
          <>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => setDialog('edit')}>
              {t('records.edit')}
            </Button>
            {!converted && (
              <Button leftSection={<IconArrowsExchange size={16} aria-hidden="true" />} onClick={() => setDialog('convert')}>
                {t('leads.convert')}
              </Button>
            )}
            <MoreActionsMenu onDelete={() => setDialog('delete')} />
          </>
        }
      />
      <ConvertedNotice lead={record} />
      <RecordPageGrid
        details={
          <>
            <LeadDetailsCard lead={record} />
            <CustomFieldsCard resource="lead" values={record.custom_fields} />
            <CollaboratorsCard resource="lead" id={record.id} ownerId={record.owner_id} />
          </>
        }
        activity={
          <>
            <RecordTasksCard resource="lead" id={record.id} />
            <ActivityCard resource="lead" id={record.id} />
          </>
        }
      />
      <LeadFormDrawer opened={dialog === 'edit'} lead={record} onClose={close} />
      <ConvertLeadModal opened={dialog === 'convert'} lead={record} onClose={close} />
      <DeleteRecordModal opened={dialog === 'delete'} resource="lead" id={record.id} name={name} onClose={close} />
    </>
  );
}
