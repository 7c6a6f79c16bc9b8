import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSellFormat } from '../format/useSellFormat';
import type { ChatTranscriptLine } from './chatFeedData';
import classes from './ChatFeedItem.module.css';

/** The messages of a chat, in order; every text is rendered as text (React escapes it), never as HTML. */
export function ChatTranscript({ id, label, lines, empty }: { id: string; label: string; lines: ChatTranscriptLine[]; empty: string }) {
  const format = useSellFormat();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(language, { timeStyle: 'short' }), [language]);
  if (lines.length === 0) {
    return (
      <Text id={id} size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <ol id={id} className={classes.transcript} aria-label={label}>
      {lines.map((line) => (
        <li key={line.seq} className={classes.line} data-author={line.author.kind}>
          <div className={classes.lineHead}>
            <span className={classes.author}>{line.author.name}</span>
            {line.createdAt && (
              <time className={classes.lineTime} dateTime={line.createdAt} title={format.dateTime(line.createdAt)}>
                {timeFormat.format(new Date(line.createdAt))}
              </time>
            )}
          </div>
          <p className={classes.text}>{line.text}</p>
        </li>
      ))}
    </ol>
  );
}
