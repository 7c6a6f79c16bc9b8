import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { SectionCard } from '../records/SectionCard';
import { ActivityFeed } from './ActivityFeed';
import { NoteComposer } from './NoteComposer';

/** Notes and the activity feed of one record. */
export function ActivityCard({ resource, id }: { resource: ResourceType; id: number }) {
  const { t } = useTranslation('sell');
  return (
    <SectionCard title={t('feed.title')} testId="activity-card">
      <NoteComposer resource={resource} id={id} />
      <Divider my="lg" />
      <ActivityFeed resource={resource} id={id} />
    </SectionCard>
  );
}
