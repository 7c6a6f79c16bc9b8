import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSellFormat } from '../../../sell/format/useSellFormat';
import type { CardDeal } from './cardTypes';
import { RecordLink } from './RecordLink';
import classes from './SellCard.module.css';

const STAGE_COLORS: Record<string, string> = { won: 'green', lost: 'red', unqualified: 'gray' };

/** A contact's deals (W-1): name, stage and value. */
export function DealList({ deals }: { deals: CardDeal[] }) {
  const { t } = useTranslation('sellChatCard');
  const format = useSellFormat();
  return (
    <section className={classes.section} data-testid="sell-card-deals" aria-label={t('deals.title')}>
      <div className={classes.sectionTitle}>{t('deals.count', { count: deals.length })}</div>
      {deals.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('deals.none')}
        </Text>
      ) : (
        <Stack gap={0}>
          {deals.map((deal) => (
            <div key={deal.id} className={classes.deal} data-testid="sell-card-deal">
              <div style={{ minWidth: 0 }}>
                <RecordLink type="deal" id={deal.id} name={deal.name} fw={600} />
                <div>
                  <Badge size="xs" variant="light" color={STAGE_COLORS[deal.stageCategory] ?? 'blue'} tt="none">
                    {deal.stageName}
                  </Badge>
                </div>
              </div>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {format.money(deal.value, deal.currency)}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </section>
  );
}
