import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact, Deal } from '../api/types';
import { useNamedItemName } from '../data/useNamedItems';
import { usePipelines, useStageById } from '../data/usePipelines';
import { useSellFormat } from '../format/useSellFormat';
import { FieldList } from '../records/FieldList';
import { OwnerName } from '../records/OwnerName';
import { contactName } from '../records/recordNames';
import { appRecordPath } from '../records/resourcePaths';
import { SectionCard } from '../records/SectionCard';
import { StageBadge } from '../records/StageBadge';
import { TagList } from '../records/TagList';
import { DealValue } from './DealValue';

interface DealDetailsCardProps {
  deal: Deal;
  contact: Contact | undefined;
  organization: Contact | undefined;
}

function ContactLink({ id, contact }: { id: number | null; contact: Contact | undefined }) {
  const { t } = useTranslation('sell');
  if (!id) return null;
  return (
    <Anchor component={Link} to={appRecordPath('contact', id)} size="sm">
      {contact ? contactName(contact) : t('contacts.contactNumber', { id })}
    </Anchor>
  );
}

/** A deal's standard fields. */
export function DealDetailsCard({ deal, contact, organization }: DealDetailsCardProps) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const stageOf = useStageById();
  const pipelines = usePipelines();
  const sourceName = useNamedItemName('deal_sources');
  const lossReason = useNamedItemName('loss_reasons');
  const unqualifiedReason = useNamedItemName('deal_unqualified_reasons');
  const stage = stageOf(deal.stage_id);
  const pipeline = pipelines.data?.find((candidate) => candidate.id === stage?.pipeline_id);
  const likelihood = deal.customized_win_likelihood ?? stage?.likelihood ?? null;
  return (
    <SectionCard title={t('records.details')} testId="deal-details">
      <FieldList
        items={[
          { label: t('fields.value'), value: <DealValue value={deal.value} currency={deal.currency} /> },
          { label: t('fields.stage'), value: stage ? <StageBadge stage={stage} /> : null },
          { label: t('fields.pipeline'), value: pipeline?.name ?? null },
          { label: t('fields.winLikelihood'), value: likelihood === null ? null : `${format.number(likelihood)}%` },
          { label: t('fields.primaryContact'), value: deal.contact_id ? <ContactLink id={deal.contact_id} contact={contact} /> : null },
          { label: t('fields.organization'), value: deal.organization_id ? <ContactLink id={deal.organization_id} contact={organization} /> : null },
          { label: t('fields.owner'), value: <OwnerName userId={deal.owner_id} /> },
          { label: t('fields.source'), value: sourceName(deal.source_id) ?? null },
          { label: t('fields.estimatedCloseDate'), value: deal.estimated_close_date ? format.date(deal.estimated_close_date) : null },
          ...(deal.loss_reason_id ? [{ label: t('fields.lossReason'), value: lossReason(deal.loss_reason_id) ?? null }] : []),
          ...(deal.unqualified_reason_id ? [{ label: t('fields.unqualifiedReason'), value: unqualifiedReason(deal.unqualified_reason_id) ?? null }] : []),
          { label: t('fields.tags'), value: deal.tags.length ? <TagList tags={deal.tags} /> : null },
          { label: t('fields.created'), value: format.dateTime(deal.created_at) },
        ]}
      />
    </SectionCard>
  );
}
