import { useId, useState } from 'react';
import { Badge, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FeedItem } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { chatFeedData, visitorLabel } from './chatFeedData';
import { ChatTranscript } from './ChatTranscript';
import classes from './ChatFeedItem.module.css';

/**
 * A chat in a record's feed (W-5): who served it, the visitor, when it started and ended (or that it
 * is still going on, O-8), and the whole transcript behind a disclosure button.
 */
export function ChatFeedDetails({ item }: { item: FeedItem }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const [open, setOpen] = useState(false);
  const transcriptId = useId();
  const chat = chatFeedData(item);
  const visitor = visitorLabel(chat) ?? t('feed.aVisitor');
  const agents = chat.agents.map((a) => a.name).filter(Boolean);
  const who = agents.length
    ? t('feed.chat.agents', { count: agents.length, names: agents.join(', ') })
    : t(chat.status === 'ended' ? 'feed.chat.unanswered' : 'feed.chat.waiting');
  const visitorFacts = [chat.visitor.name, chat.visitor.email].filter(Boolean).join(' · ') || t('feed.aVisitor');
  return (
    <Stack gap={6} className={classes.card}>
      <Group gap="xs" wrap="wrap">
        {chat.status !== 'ended' && (
          <Badge size="xs" color="green" variant="light">
            {t('feed.chat.inProgress')}
          </Badge>
        )}
        {chat.missed && (
          <Badge size="xs" color="orange" variant="light">
            {t('feed.chat.missed')}
          </Badge>
        )}
        <Text span className={classes.facts}>
          {who}
        </Text>
      </Group>
      <Text className={classes.facts}>{t('feed.chat.visitor', { visitor: visitorFacts })}</Text>
      <Text className={classes.facts}>
        <time dateTime={chat.startedAt}>{t('feed.chat.started', { time: format.dateTime(chat.startedAt) })}</time>
        {chat.endedAt && (
          <>
            {' · '}
            <time dateTime={chat.endedAt}>{t('feed.chat.ended', { time: format.dateTime(chat.endedAt) })}</time>
          </>
        )}
      </Text>
      <div>
        <Button
          variant="subtle"
          size="compact-xs"
          px={4}
          aria-expanded={open}
          aria-controls={transcriptId}
          leftSection={open ? <IconChevronUp size={14} aria-hidden="true" /> : <IconChevronDown size={14} aria-hidden="true" />}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('feed.chat.hideTranscript') : t('feed.chat.showTranscript', { count: chat.transcript.length })}
        </Button>
        <Collapse expanded={open}>
          <ChatTranscript id={transcriptId} label={t('feed.chat.transcriptLabel', { visitor })} lines={chat.transcript} empty={t('feed.chat.noMessages')} />
        </Collapse>
      </div>
    </Stack>
  );
}
