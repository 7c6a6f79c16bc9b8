import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CardFields } from './CardFields';
import type { CardMatch } from './cardTypes';
import { DealList } from './DealList';
import { matchedByText } from './matchedByText';
import { NoteForRep } from './NoteForRep';
import { RecordHeader } from './RecordHeader';
import { RecordLink } from './RecordLink';
import classes from './SellCard.module.css';

/** The visitor's lead, or their person contact with company and deals (W-1), and what matched (O-5). */
export function MatchedCard({ chatId, match }: { chatId: string; match: CardMatch }) {
  const { t } = useTranslation('sellChatCard');
  const { record, company } = match;
  return (
    <Stack gap="sm" data-testid="sell-card-match" data-record-type={record.type} data-record-id={record.id}>
      <RecordHeader record={record}>
        <Badge
          size="xs"
          variant="outline"
          color="teal"
          tt="none"
          leftSection={<IconCircleCheck size={11} aria-hidden="true" />}
          data-testid="sell-card-matched-by"
        >
          {matchedByText(match.matchedBy, t)}
        </Badge>
      </RecordHeader>
      <CardFields fields={record.fields} />
      {company && (
        <section className={classes.section} data-testid="sell-card-company" aria-label={t('company')}>
          <div className={classes.sectionTitle}>{t('company')}</div>
          <Stack gap="xs">
            <RecordHeader record={company} size="sm" />
            <CardFields fields={company.fields} />
          </Stack>
        </section>
      )}
      {record.type === 'contact' && <DealList deals={match.deals} />}
      {match.others.length > 0 && (
        <section className={classes.section} data-testid="sell-card-others" aria-label={t('others.title')}>
          <div className={classes.sectionTitle}>{t('others.title')}</div>
          <Stack gap={4}>
            {match.others.map((other) => (
              <Group key={`${other.type}:${other.id}`} gap={6} wrap="nowrap" justify="space-between">
                <RecordLink type={other.type} id={other.id} name={other.name} size="xs" />
                <Tooltip label={matchedByText(other.matchedBy, t)} withArrow>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t(`others.${other.type}`)}
                  </Text>
                </Tooltip>
              </Group>
            ))}
          </Stack>
        </section>
      )}
      <div className={classes.section}>
        <NoteForRep key={`${record.type}:${record.id}`} chatId={chatId} match={match} />
      </div>
    </Stack>
  );
}
