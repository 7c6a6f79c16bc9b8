import { Badge } from '@mantine/core';
import type { Stage } from '../api/types';

const CATEGORY_COLORS: Record<string, string> = {
  incoming: 'blue',
  in_progress: 'calmIndigo',
  won: 'teal',
  lost: 'red',
  unqualified: 'gray',
};

export function stageColor(stage: Pick<Stage, 'category'> | undefined): string {
  return (stage && CATEGORY_COLORS[stage.category]) ?? 'gray';
}

/** A deal's stage, coloured by what the stage means (open, won, lost). */
export function StageBadge({ stage, size = 'sm' }: { stage: Stage | undefined; size?: 'sm' | 'md' | 'lg' }) {
  if (!stage) return null;
  return (
    <Badge color={stageColor(stage)} variant="light" size={size} tt="none" radius="sm">
      {stage.name}
    </Badge>
  );
}
