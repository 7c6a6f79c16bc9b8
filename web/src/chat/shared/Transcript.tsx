import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../live/liveState';
import type { LogEntry } from '../types';
import classes from './Transcript.module.css';

type TranscriptProps = { entries: LogEntry[]; pending?: PendingMessage[] };

/** A chat's log as the agent sees it. Every text is rendered as text. */
export function Transcript({ entries, pending = [] }: TranscriptProps) {
  const { t, i18n } = useTranslation('chat');
  const time = (iso: string) => new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className={classes.log} data-testid="transcript">
      {entries.map((entry) => {
        const name = entry.author.name;
        switch (entry.type) {
          case 'chat.msg':
            return (
              <div key={entry.seq} className={`${classes.msg} ${entry.author.kind === 'visitor' ? classes.visitor : classes.agent}`} data-testid="chat-message">
                <span className={classes.who}>
                  {name} · {time(entry.createdAt)}
                </span>
                {entry.text}
              </div>
            );
          case 'chat.memberjoin':
            return <div key={entry.seq} className={classes.event}>{t('log.joined', { name })}</div>;
          case 'chat.memberleave':
            return <div key={entry.seq} className={classes.event}>{t('log.left', { name })}</div>;
          case 'chat.rating': {
            const rating = entry.data?.rating;
            return (
              <div key={entry.seq} className={classes.event}>
                {rating === 'good' ? t('log.ratedGood') : rating === 'bad' ? t('log.ratedBad') : t('log.ratingRemoved')}
              </div>
            );
          }
          case 'chat.comment':
            return <div key={entry.seq} className={classes.event}>{t('log.comment', { comment: String(entry.data?.comment ?? '') })}</div>;
          case 'chat.ended':
            return <div key={entry.seq} className={classes.event}>{t('log.ended', { name })}</div>;
          default:
            return null;
        }
      })}
      {pending.map((message) => (
        <div key={message.clientId} className={`${classes.msg} ${classes.agent} ${classes.sending}`}>
          <span className={classes.who}>{t('log.sending')}</span>
          {message.text}
        </div>
      ))}
    </div>
  );
}
