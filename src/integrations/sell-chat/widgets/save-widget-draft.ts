import { nowIso } from '../../../platform/db/time.ts';
import { AppError, type FieldError } from '../../../platform/http/app-error.ts';
import { requireSellAdmin } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import { knownFieldKeys } from './field-catalogue.ts';
import { presentWidgets, type WidgetSummary } from './present-widgets.ts';
import { loadWidgetStates } from './widget-state.ts';
import { widgetDraftSchema, type WidgetDraftInput } from './widget-input.ts';
import { saveDraftRow } from './widgets.repo.ts';

/** S-20: the editor saves the widget's field list as a draft; agents see it only once published (S-21). */
export async function saveWidgetDraft(ctx: IntegrationContext, widget: WidgetName, raw: WidgetDraftInput): Promise<WidgetSummary> {
  const admin = await requireSellAdmin(ctx, 'change the fields agents see in Chat');
  const { fields } = widgetDraftSchema.parse(raw);
  const known = await knownFieldKeys({ ...ctx, actor: admin }, widget);
  const errors: FieldError[] = fields.flatMap((key, i) =>
    known.has(key) ? [] : [{ field: `fields.${i}`, code: 'unknown', message: `"${key}" is not a field of the ${widget} widget.` }],
  );
  if (errors.length) throw new AppError(422, 'validation_failed', 'Some fields are not valid.', errors);
  const state = (await loadWidgetStates(ctx.tables, ctx.account.id))[widget];
  await saveDraftRow(ctx.tables, ctx.account.id, widget, fields, state.published, admin.id, nowIso());
  return (await presentWidgets(ctx)).find((w) => w.widget === widget)!;
}
