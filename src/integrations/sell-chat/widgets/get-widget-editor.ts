import { requireIntegrationViewer } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import { catalogueOf, fieldCatalogue, type CatalogueField } from './field-catalogue.ts';
import { presentWidgets, type WidgetSummary } from './present-widgets.ts';

export type WidgetEditor = { widgets: WidgetSummary[]; catalogue: Record<WidgetName, CatalogueField[]> };

/** S-19, S-20: the three widgets and every field the editor can put in them. */
export async function getWidgetEditor(ctx: IntegrationContext): Promise<WidgetEditor> {
  const viewer = requireIntegrationViewer(ctx);
  const hasSellSeat = viewer.sell_role !== 'none';
  const [widgets, catalogue] = await Promise.all([
    presentWidgets(ctx),
    hasSellSeat ? fieldCatalogue({ ...ctx, actor: viewer }) : { lead: catalogueOf('lead', []), person: catalogueOf('person', []), company: catalogueOf('company', []) },
  ]);
  return { widgets, catalogue };
}
