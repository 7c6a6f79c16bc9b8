import { useState } from 'react';
import { Anchor, ThemeIcon } from '@mantine/core';
import { IconCurrencyDollar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact, Deal } from '../api/types';
import { useStageById } from '../data/usePipelines';
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
import { StageBadge } from '../records/StageBadge';
import { useRecordsByIds } from '../records/useRecordsByIds';
import { useRecord } from '../records/useRecord';
import { useRouteRecordId } from '../records/useRouteRecordId';
import { AssociatedContactsCard } from './AssociatedContactsCard';
import { DealDetailsCard } from './DealDetailsCard';
import { DealFormDrawer } from './DealFormDrawer';
import { DealValue } from './DealValue';
import { HotBadge } from './HotBadge';

type Dialog = 'edit' | 'delete' | null;

export function DealPage() {
  const { t } = useTranslation('sell');
  const id = useRouteRecordId();
  const deal = useRecord<Deal>('deal', id);
  const stageOf = useStageById();
  const people = useRecordsByIds<Contact>(
    'contact',
    [deal.data?.contact_id, deal.data?.organization_id].filter((value): value is number => Boolean(value)),
  );
  const [dialog, setDialog] = useState<Dialog>(null);

  if (id === null || deal.isError) {
    return (
      <RecordLoadProblem error={id === null ? null : deal.error} listPath={appListPath('deal')} listLabel={t('deals.title')} onRetry={() => void deal.refetch()} />
    );
  }
  if (!deal.data) return <RecordPageSkeleton />;

  const record = deal.data;
  const contact = record.contact_id ? people.data?.get(record.contact_id) : undefined;
  const organization = record.organization_id ? people.data?.get(record.organization_id) : undefined;
  const close = () => setDialog(null);
  return (
    <>
      <RecordHeader
        kind={t('deals.kind')}
        listLabel={t('deals.title')}
        listPath={appListPath('deal')}
        name={record.name}
        icon={
          <ThemeIcon size={52} radius="xl" variant="light" color="calmIndigo">
            <IconCurrencyDollar size={28} stroke={1.6} aria-hidden="true" />
          </ThemeIcon>
        }
        badges={
          <>
            <StageBadge stage={stageOf(record.stage_id)} size="md" />
            {record.hot && <HotBadge size="md" />}
          </>
        }
        meta={
          <>
            <MetaItem label={t('fields.value')}>
              <DealValue value={record.value} currency={record.currency} c="dark.7" data-testid="deal-value" />
            </MetaItem>
            <MetaItem label={t('fields.owner')}>
              <OwnerName userId={record.owner_id} />
            </MetaItem>
            {record.contact_id && (
              <MetaItem label={t('fields.primaryContact')}>
                <Anchor component={Link} to={appRecordPath('contact', record.contact_id)} size="sm">
                  {contact ? contactName(contact) : t('contacts.contactNumber', { id: record.contact_id })}
                </Anchor>
              </MetaItem>
            )}
          </>
        }
        actions={<RecordPageActions onEdit={() => setDialog('edit')} onDelete={() => setDialog('delete')} />}
      />
      <RecordPageBody
        resource="deal"
        record={record}
        details={
          <>
            <DealDetailsCard deal={record} contact={contact} organization={organization} />
            <AssociatedContactsCard deal={record} />
          </>
        }
      />
      <DealFormDrawer opened={dialog === 'edit'} deal={record} onClose={close} />
      <DeleteRecordModal opened={dialog === 'delete'} resource="deal" id={record.id} name={record.name} onClose={close} />
    </>
  );
}
