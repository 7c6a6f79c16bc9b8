import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FeedItem, ResourceType } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { appRecordPath } from '../records/resourcePaths';
import { ChatFeedDetails } from './ChatFeedDetails';
import classes from './ActivityFeed.module.css';

function positiveId(value: unknown): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

interface FeedItemDetailsProps {
  item: FeedItem;
  /** The record whose feed this is: a conversion does not link back to it. */
  current: { resource: ResourceType; id: number };
}

/** What an item carries beyond its sentence: a note's text, a task and its due date, conversion links. */
export function FeedItemDetails({ item, current }: FeedItemDetailsProps) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const content = typeof item.data.content === 'string' ? item.data.content : '';
  switch (item.kind) {
    case 'note':
      return <Text className={classes.quote}>{content}</Text>;
    case 'task':
    case 'task_completed': {
      const due = typeof item.data.dueDate === 'string' ? item.data.dueDate : null;
      return (
        <Text size="sm" c="dark.5">
          {content}
          {due && (
            <Text span size="xs" c="dimmed" ml="xs">
              {t('feed.due', { date: format.dateTime(due) })}
            </Text>
          )}
        </Text>
      );
    }
    case 'converted': {
      const elsewhere = (resource: ResourceType, value: unknown) => {
        const id = positiveId(value);
        return id && !(current.resource === resource && current.id === id) ? id : null;
      };
      const contactId = elsewhere('contact', item.data.contactId);
      const organizationId = elsewhere('contact', item.data.organizationId);
      const dealId = elsewhere('deal', item.data.dealId);
      if (!contactId && !organizationId && !dealId) return null;
      return (
        <Group gap="md">
          {contactId && (
            <Anchor component={Link} to={appRecordPath('contact', contactId)} size="sm">
              {t('feed.openContact')}
            </Anchor>
          )}
          {organizationId && (
            <Anchor component={Link} to={appRecordPath('contact', organizationId)} size="sm">
              {t('feed.openOrganization')}
            </Anchor>
          )}
          {dealId && (
            <Anchor component={Link} to={appRecordPath('deal', dealId)} size="sm">
              {t('feed.openDeal')}
            </Anchor>
          )}
        </Group>
      );
    }
    case 'chat':
      return <ChatFeedDetails item={item} />;
    default:
      return null;
  }
}
