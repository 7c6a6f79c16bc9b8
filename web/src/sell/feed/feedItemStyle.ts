import {
  IconArrowsExchange,
  IconChecklist,
  IconCircleCheck,
  IconColumns3,
  IconFlag,
  IconMessageCircle,
  IconNote,
  IconSparkles,
  IconUserShare,
  type Icon,
} from '@tabler/icons-react';
import type { FeedKind } from '../api/types';

/** Each kind of activity has its own icon and colour, so a long feed can be scanned. */
export const FEED_ITEM_STYLE: Record<FeedKind, { icon: Icon; color: string }> = {
  created: { icon: IconSparkles, color: 'teal' },
  note: { icon: IconNote, color: 'yellow' },
  task: { icon: IconChecklist, color: 'blue' },
  task_completed: { icon: IconCircleCheck, color: 'teal' },
  status_changed: { icon: IconFlag, color: 'grape' },
  owner_changed: { icon: IconUserShare, color: 'cyan' },
  stage_changed: { icon: IconColumns3, color: 'calmIndigo' },
  converted: { icon: IconArrowsExchange, color: 'teal' },
  chat: { icon: IconMessageCircle, color: 'blue' },
};
