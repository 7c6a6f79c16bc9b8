import { Trans, useTranslation } from 'react-i18next';
import type { FeedItem } from '../api/types';
import { useUserNames } from '../data/useSellUsers';
import { useStageById } from '../data/usePipelines';
import { chatFeedData, visitorLabel } from './chatFeedData';

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** "Ana Costa moved the deal from Qualified to Quote", with the actor in bold. */
export function FeedItemSentence({ item }: { item: FeedItem }) {
  const { t } = useTranslation('sell');
  const nameOf = useUserNames();
  const stageOf = useStageById();
  const actor = item.actor_id === null ? t('feed.system') : (nameOf(item.actor_id) ?? t('feed.someone'));
  const values: Record<string, string> = { actor };
  const bold = { b: <strong /> };
  const none = t('feed.none');
  switch (item.kind) {
    case 'created':
      return <Trans t={t} i18nKey={`feed.sentence.created.${item.resource_type}`} values={values} components={bold} />;
    case 'status_changed':
      values.from = text(item.data.from) || none;
      values.to = text(item.data.to) || none;
      break;
    case 'owner_changed':
      values.from = nameOf(Number(item.data.from)) ?? none;
      values.to = nameOf(Number(item.data.to)) ?? none;
      break;
    case 'stage_changed':
      values.from = stageOf(Number(item.data.from))?.name ?? none;
      values.to = stageOf(Number(item.data.to))?.name ?? none;
      break;
    case 'chat':
      // Text from the internet: Trans escapes values before it reads the markup of the sentence.
      values.visitor = visitorLabel(chatFeedData(item)) ?? t('feed.aVisitor');
      break;
    default:
      break;
  }
  return <Trans t={t} i18nKey={`feed.sentence.${item.kind}`} values={values} components={bold} />;
}
