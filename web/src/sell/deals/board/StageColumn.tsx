import { Alert, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Deal, Stage } from '../../api/types';
import { useSellFormat } from '../../format/useSellFormat';
import { stageColor } from '../../records/StageBadge';
import { useApiErrorMessage } from '../../../ui/useApiErrorMessage';
import { columnTotals } from './columnTotals';
import { DealCard } from './DealCard';
import type { BoardColumnData } from './useBoardDeals';
import classes from './PipelineBoard.module.css';

interface StageColumnProps {
  stage: Stage;
  column: BoardColumnData | undefined;
  contactNames: Map<number, string>;
  pendingDealId: number | null;
}

/** One stage: its name, how many deals and what they are worth, and the deal cards. */
export function StageColumn({ stage, column, contactNames, pendingDealId }: StageColumnProps) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const errorMessage = useApiErrorMessage();
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stage } });
  const deals: Deal[] = column?.deals ?? [];
  const totals = columnTotals(deals);
  const headingId = `stage-heading-${stage.id}`;
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      data-stage-id={stage.id}
      data-testid="stage-column"
      aria-labelledby={headingId}
      style={{ ['--stage-color' as string]: `var(--mantine-color-${stageColor(stage)}-5)` }}
    >
      <Stack gap={2} className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap">
          <Text component="h2" id={headingId} fw={650} size="sm" truncate>
            {stage.name}
          </Text>
          <Badge variant="white" color="gray" size="sm" radius="sm" aria-label={t('board.dealCount', { count: deals.length })}>
            {column?.hasMore ? `${deals.length}+` : deals.length}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" data-testid="stage-total">
          {totals.length === 0 ? t('board.nothingHere') : totals.map((item) => format.money(item.total, item.currency)).join(' + ')}
        </Text>
      </Stack>
      <ul className={classes.cards} aria-label={t('board.dealsIn', { stage: stage.name })}>
        {column?.isPending &&
          [0, 1].map((index) => (
            <li key={index}>
              <Skeleton height={72} radius="md" />
            </li>
          ))}
        {Boolean(column?.error) && (
          <li>
            <Alert color="red" p="xs">
              <Text size="xs">{errorMessage(column?.error)}</Text>
            </Alert>
          </li>
        )}
        {column && !column.isPending && !column.error && deals.length === 0 && (
          <li className={classes.emptyColumn}>
            <Text size="xs" c="dimmed">
              {t('board.dropHere')}
            </Text>
          </li>
        )}
        {deals.map((deal) => (
          <li key={deal.id}>
            <DealCard deal={deal} contactName={deal.contact_id ? contactNames.get(deal.contact_id) : undefined} pending={deal.id === pendingDealId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
