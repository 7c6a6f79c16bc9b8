import { requireIntegrationViewer } from '../admin-guards.ts';
import { renderFields, type CardField } from '../card/render-fields.ts';
import type { IntegrationContext } from '../integration-context.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import type { CustomFieldItem, SellView } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { loadWidgetStates } from './widget-state.ts';

const SAMPLE: SellView = {
  id: 0,
  owner_id: 0,
  first_name: 'Mei',
  last_name: 'Tanaka',
  name: 'Tanaka Trading',
  organization_name: 'Tanaka Trading',
  title: 'Head of Purchasing',
  status: 'New',
  source_id: 0,
  customer_status: 'current',
  prospect_status: 'none',
  email: 'mei.tanaka@example.com',
  phone: '+81 3 1234 5678',
  mobile: '+81 90 1234 5678',
  website: 'https://tanaka-trading.example',
  industry: 'Wholesale',
  address: { line1: '1-2-3 Marunouchi', city: 'Tokyo', postal_code: '100-0005', state: null, country: 'Japan' },
  description: 'Looking for a CRM for 40 sales reps.',
  tags: ['vip', 'trade fair'],
  twitter: 'meitanaka',
  linkedin: 'mei-tanaka',
  facebook: null,
  skype: null,
  fax: null,
  created_at: '2026-01-15T09:30:00Z',
  updated_at: '2026-03-02T14:05:00Z',
};

const SAMPLE_BY_TYPE: Record<string, unknown> = {
  string: 'Sample text',
  text: 'Sample text',
  number: 42,
  bool: true,
  date: '2026-04-01',
  datetime: '2026-04-01T10:00:00Z',
  list: 'Option A',
  multi_select_list: ['Option A', 'Option B'],
  phone: '+1 415 555 0100',
  email: 'sample@example.com',
  url: 'https://example.com',
  address: '1 Sample Street, Springfield',
};

function sampleCustomValues(fields: CustomFieldItem[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, SAMPLE_BY_TYPE[f.type] ?? 'Sample']));
}

/** S-21 Preview: the draft widget filled with sample data, exactly as a card would render it. */
export async function previewWidget(ctx: IntegrationContext, widget: WidgetName): Promise<{ widget: WidgetName; fields: CardField[] }> {
  const viewer = requireIntegrationViewer(ctx);
  const customFields = viewer.sell_role !== 'none' ? await sellGateway.customFields({ ...ctx, actor: viewer }, widget === 'lead' ? 'lead' : 'contact') : [];
  const draft = (await loadWidgetStates(ctx.tables, ctx.account.id))[widget].draft;
  const view: SellView = { ...SAMPLE, custom_fields: sampleCustomValues(customFields) };
  const fields = renderFields(widget, draft, view, {
    customFields,
    userName: () => 'Ana Rep',
    sourceName: () => 'Website chat',
    companyName: 'Tanaka Trading',
  });
  return { widget, fields };
}
