import { useState } from 'react';
import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact, Deal } from '../api/types';
import { useStageById } from '../data/usePipelines';
import { DealFormDrawer } from '../deals/DealFormDrawer';
import { DealValue } from '../deals/DealValue';
import { HotBadge } from '../deals/HotBadge';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { useRecordList } from '../list/useRecordList';
import { appRecordPath } from '../records/resourcePaths';
import { SectionCard } from '../records/SectionCard';
import { StageBadge } from '../records/StageBadge';
import { RelatedRecordRow } from './RelatedRecordRow';

/** The deals of a person (as primary contact) or of an organization. */
export function ContactDealsCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation('sell');
  const stageOf = useStageById();
  const filter = contact.is_organization ? `organization_id=${contact.id}` : `contact_id=${contact.id}`;
  const deals = useRecordList<Deal>('deal', `${filter}&sort_by=updated_at:desc&per_page=50`);
  const [adding, setAdding] = useState(false);
  return (
    <SectionCard
      title={t('contacts.deals')}
      testId="contact-deals"
      actions={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
          {t('deals.add')}
        </Button>
      }
    >
      {deals.isPending && <Skeleton height={16} width="60%" />}
      {deals.isError && <LoadErrorAlert title={t('deals.loadFailed')} error={deals.error} onRetry={() => void deals.refetch()} />}
      {deals.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.noDeals')}
        </Text>
      )}
      <Stack gap="sm">
        {deals.data?.items.map((deal) => (
          <RelatedRecordRow
            key={deal.id}
            to={appRecordPath('deal', deal.id)}
            name={deal.name}
            detail={<DealValue span size="xs" fw={500} c="dimmed" value={deal.value} currency={deal.currency} />}
            trailing={
              <Group gap={6} wrap="nowrap">
                {deal.hot && <HotBadge size="xs" />}
                <StageBadge stage={stageOf(deal.stage_id)} />
              </Group>
            }
          />
        ))}
      </Stack>
      <DealFormDrawer opened={adding} deal={null} contactId={contact.id} onClose={() => setAdding(false)} />
    </SectionCard>
  );
}
