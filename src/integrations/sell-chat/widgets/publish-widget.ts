import { nowIso } from '../../../platform/db/time.ts';
import { appendEvent } from '../../../platform/events/append-event.ts';
import { requireSellAdmin } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import '../sell-chat-events.ts';
import { knownFieldKeys } from './field-catalogue.ts';
import { presentWidgets, type WidgetSummary } from './present-widgets.ts';
import { loadWidgetStates } from './widget-state.ts';
import { publishRow } from './widgets.repo.ts';

/**
 * S-21: the draft goes live for every agent at once; open cards reload their fields when the event's
 * push reaches them. Fields deleted from Sell since the draft was saved are dropped.
 */
export async function publishWidget(ctx: IntegrationContext, widget: WidgetName): Promise<WidgetSummary> {
  const admin = await requireSellAdmin(ctx, 'publish the fields agents see in Chat');
  const known = await knownFieldKeys({ ...ctx, actor: admin }, widget);
  const fields = (await loadWidgetStates(ctx.tables, ctx.account.id))[widget].draft.filter((key) => known.has(key));
  const at = nowIso();
  await ctx.tables.transaction().execute(async (trx) => {
    await publishRow(trx, ctx.account.id, widget, fields, admin.id, at);
    await appendEvent(trx, ctx.account.id, 'sell_chat.widget_published', { accountId: ctx.account.id, actorId: admin.id, widget, fields, publishedAt: at });
  });
  return (await presentWidgets(ctx)).find((w) => w.widget === widget)!;
}
