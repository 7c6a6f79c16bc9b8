import { Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedItem, ResourceType } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { FeedItemDetails } from './FeedItemDetails';
import { FeedItemSentence } from './FeedItemSentence';
import { FEED_ITEM_STYLE } from './feedItemStyle';
import classes from './ActivityFeed.module.css';

/** One line of the feed: icon, sentence, when, and any details. */
export function FeedItemRow({ item, resource, recordId }: { item: FeedItem; resource: ResourceType; recordId: number }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const { icon: KindIcon, color } = FEED_ITEM_STYLE[item.kind] ?? FEED_ITEM_STYLE.note;
  const fromLead = item.resource_type !== resource;
  return (
    <li className={classes.item} data-kind={item.kind}>
      <ThemeIcon size={30} radius="xl" variant="light" color={color} className={classes.icon}>
        <KindIcon size={16} stroke={1.8} aria-hidden="true" />
      </ThemeIcon>
      <Stack gap={4} className={classes.body}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" className={classes.sentence}>
            <FeedItemSentence item={item} />
          </Text>
          <Text size="xs" c="dimmed" className={classes.time} title={format.dateTime(item.occurred_at)}>
            <time dateTime={item.occurred_at}>{format.relative(item.occurred_at)}</time>
          </Text>
        </Group>
        <FeedItemDetails item={item} current={{ resource, id: recordId }} />
        {fromLead && (
          <Badge size="xs" variant="dot" color="gray" tt="none">
            {t('feed.fromLead')}
          </Badge>
        )}
      </Stack>
    </li>
  );
}
