import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Task } from '../api/types';
import { appRecordPath } from '../records/resourcePaths';

/** "Lead · Ada Lovelace": the record a task is about, as a link. */
export function TaskRecordLink({ task, name }: { task: Task; name: string | undefined }) {
  const { t } = useTranslation('sell');
  if (!task.resource_type || !task.resource_id) return null;
  return (
    <Anchor component={Link} to={appRecordPath(task.resource_type, task.resource_id)} size="xs">
      {t(`tasks.about.${task.resource_type}`, { name: name ?? `#${task.resource_id}` })}
    </Anchor>
  );
}
