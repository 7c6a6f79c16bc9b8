import type { VisitorMatch } from '../../../sell/index.ts';
import { requireChatAgent, resolveSellAccess, type SellAccess } from '../access/resolve-sell-access.ts';
import { recordCardReads, type ShownRecord } from '../audit/record-card-reads.ts';
import { loadAgentChat } from '../chats/load-agent-chat.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { twoPeople } from '../people.repo.ts';
import { createLeadOffer } from '../leads/create-lead-offer.ts';
import type { WidgetName } from '../sell-chat-tables.ts';
import { displayNameOf, type SellView } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { loadSettings } from '../settings/integration-settings.ts';
import { customFieldIdOf } from '../widgets/standard-fields.ts';
import { loadWidgetStates } from '../widgets/widget-state.ts';
import type { CardDeal, CardRecord, ChatCard } from './card-view.ts';
import { renderFields, type FieldLookups } from './render-fields.ts';

const DEAL_FIELDS = ['name', 'value', 'currency', 'stage'];

/**
 * The Sell card beside a chat (W-1): the visitor looked up by email and phone (O-5) as the user the
 * access policy names (S-12, S-13), shown with the published widget fields (S-21), and every record
 * shown written to the read audit first (B-1). Nothing matching is said plainly (S-22).
 */
export async function getChatCard(ctx: IntegrationContext, chatId: string): Promise<ChatCard> {
  const agent = requireChatAgent(ctx);
  const [chat, settings] = await Promise.all([loadAgentChat(ctx, agent, chatId), loadSettings(ctx.tables, ctx.account.id)]);
  const access = await resolveSellAccess(ctx, settings, 'read');
  const base = { chatId: chat.id, visitor: chat.visitor, access: { mode: access.mode, actingAs: { id: access.actingUser.id, name: access.actingUser.name } } };

  const [{ matches }, published] = await Promise.all([
    sellGateway.matchVisitor(access.sell, { email: chat.visitor.email, phone: chat.visitor.phone }),
    publishedFields(ctx),
  ]);
  if (matches.length === 0) {
    const noDetails = !chat.visitor.email && !chat.visitor.phone;
    return {
      ...base,
      result: 'no_match',
      match: null,
      noMatch: {
        reason: noDetails ? 'no_details' : 'no_record',
        message: noDetails
          ? 'The visitor has not given an email address or phone number yet, so there is nothing to look up in Sell.'
          : "No lead or contact in Sell has this visitor's email address or phone number.",
        createLead: await createLeadOffer(ctx, settings, chat.visitor, access),
      },
    };
  }

  const [best, ...rest] = matches;
  const lookups = await fieldLookups(ctx, access, best!, published);
  const { record, company, deals } = cardOf(best!, published, lookups);
  const others = rest.map((m) => ({ type: m.resourceType, id: m.id, name: nameOf(m), matchedBy: m.matchedBy }));

  const shown: ShownRecord[] = [
    { type: record.type, id: record.id, name: record.name, fields: ['name', ...record.fields.map((f) => f.key)] },
    ...(company ? [{ type: 'contact' as const, id: company.id, name: company.name, fields: ['name', ...company.fields.map((f) => f.key)] }] : []),
    ...deals.map((d) => ({ type: 'deal' as const, id: d.id, name: d.name, fields: DEAL_FIELDS })),
    ...others.map((o) => ({ type: o.type, id: o.id, name: o.name, fields: ['name'] })),
  ];
  await recordCardReads(ctx, access, chat.id, shown);
  return { ...base, result: 'match', match: { matchedBy: best!.matchedBy, record, company, deals, others }, noMatch: null };
}

async function publishedFields(ctx: IntegrationContext): Promise<Record<WidgetName, string[]>> {
  const states = await loadWidgetStates(ctx.tables, ctx.account.id);
  return { lead: states.lead.published, person: states.person.published, company: states.company.published };
}

function nameOf(m: VisitorMatch): string {
  return m.resourceType === 'lead' ? displayNameOf('lead', m.lead as SellView) : displayNameOf('contact', m.contact as SellView);
}

/**
 * Only what the published fields need is fetched: owner names always, sources when shown and the lead
 * has one, custom fields when shown.
 */
async function fieldLookups(ctx: IntegrationContext, access: SellAccess, m: VisitorMatch, published: Record<WidgetName, string[]>): Promise<FieldLookups> {
  const views = (m.resourceType === 'lead' ? [m.lead] : [m.contact, m.organization].filter((v) => v !== null)) as SellView[];
  const keys = m.resourceType === 'lead' ? published.lead : [...published.person, ...published.company];
  const resourceType = m.resourceType;
  const [ownerId = -1, otherOwnerId = -1] = views.map((v) => v.owner_id ?? -1);
  const [owners, sources, customFields] = await Promise.all([
    twoPeople(ctx.tables, ctx.account.id, ownerId, otherOwnerId).then((r) => r.rows),
    resourceType === 'lead' && keys.includes('source') && views.some((v) => typeof v.source_id === 'number') ? sellGateway.leadSources(access.sell) : [],
    keys.some((k) => customFieldIdOf(k) !== null) ? sellGateway.customFields(access.sell, resourceType) : [],
  ]);
  return {
    customFields,
    userName: (id) => owners.find((o) => o.id === id)?.name ?? null,
    sourceName: (id) => sources.find((s) => s.id === id)?.name ?? null,
    companyName: m.resourceType === 'contact' && m.organization ? displayNameOf('contact', m.organization as SellView) : null,
  };
}

function cardOf(m: VisitorMatch, published: Record<WidgetName, string[]>, lookups: FieldLookups): { record: CardRecord; company: CardRecord | null; deals: CardDeal[] } {
  const recordOf = (type: 'lead' | 'contact', widget: WidgetName, view: SellView): CardRecord => ({
    type,
    widget,
    id: view.id,
    name: displayNameOf(type, view),
    ownerId: view.owner_id,
    fields: renderFields(widget, published[widget], view, lookups),
  });
  if (m.resourceType === 'lead') return { record: recordOf('lead', 'lead', m.lead as SellView), company: null, deals: [] };
  const contact = m.contact as SellView;
  return {
    record: recordOf('contact', m.contact.is_organization ? 'company' : 'person', contact),
    company: m.organization ? recordOf('contact', 'company', m.organization as SellView) : null,
    deals: m.deals.map((d) => ({ id: d.id, name: d.name, value: d.value, currency: d.currency, stageName: d.stageName, stageCategory: d.stageCategory, ownerId: d.ownerId })),
  };
}
