import type { IntegrationContext } from '../integration-context.ts';
import { peopleByIds } from '../people.repo.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import { WIDGETS } from './standard-fields.ts';
import { loadWidgetStates } from './widget-state.ts';

/** S-19: each widget with its draft, what agents see now, and when and by whom each last changed. */
export type WidgetSummary = {
  widget: WidgetName;
  draft: string[];
  published: string[];
  unpublishedChanges: boolean;
  editedAt: string | null;
  editedBy: { id: number; name: string } | null;
  publishedAt: string | null;
  publishedBy: { id: number; name: string } | null;
};

export async function presentWidgets(ctx: IntegrationContext): Promise<WidgetSummary[]> {
  const states = await loadWidgetStates(ctx.tables, ctx.account.id);
  const ids = [...new Set(WIDGETS.flatMap((w) => [states[w].editedById, states[w].publishedById]).filter((id): id is number => id !== null))];
  const users = await peopleByIds(ctx.tables, ctx.account.id, ids);
  const who = (id: number | null) => {
    const user = users.find((u) => u.id === id);
    return user ? { id: user.id, name: user.name } : null;
  };
  return WIDGETS.map((w) => {
    const s = states[w];
    return {
      widget: w,
      draft: s.draft,
      published: s.published,
      unpublishedChanges: JSON.stringify(s.draft) !== JSON.stringify(s.published),
      editedAt: s.editedAt,
      editedBy: who(s.editedById),
      publishedAt: s.publishedAt,
      publishedBy: who(s.publishedById),
    };
  });
}
