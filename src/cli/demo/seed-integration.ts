import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../platform/db/connect.ts';
import { DemoBrowser } from './demo-browser.ts';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD } from './demo-people.ts';

const BASE = '/api/integrations/sell-chat';
const NO_MATCH_EMAIL = 'new.visitor@example.org';
/** A visitor of the demo's past chats (seed-chat.ts) who becomes a lead, so that chat shows in Sell. */
const PAST_CHAT_VISITOR = { first_name: 'Julia', last_name: 'Rossi', organization_name: 'Globex', email: 'julia.rossi@globex.example' };

export type IntegrationDemo = { enabled: boolean; problem?: string; tryEmails: { email: string; what: string }[] };

/**
 * Sets the Sell–Chat integration up in the demo account the way its owner would on the settings
 * pages (S-7 … S-21): enabled, leads from Chat get a "Chat" source and go to the inbound pool, the
 * Lead widget shows the Budget custom field, past chats appear in Sell. Runs through the server's
 * own routes, so every rule of the real pages applies; safe to run again.
 */
export async function seedIntegration(db: Db, config: Config, account: AccountRow): Promise<IntegrationDemo> {
  const app = await buildApp({ ...config, logLevel: 'silent', outboxPollMs: 0, chatRoutingSweepMs: 0 }, { db, migrated: true });
  try {
    const owner = new DemoBrowser(app, `${account.subdomain}.localhost:${config.port}`);
    await owner.call('POST', '/api/session', { email: DEMO_OWNER_EMAIL, password: DEMO_PASSWORD });
    const current = await owner.call('GET', `${BASE}/settings`);
    if (current.statusCode !== 200) return { enabled: false, problem: current.json().error?.message, tryEmails: [] };
    const pool = (current.json().settings && current.json().choices?.pools?.[0]) as { id: number } | undefined;
    const saved = await owner.call('PATCH', `${BASE}/settings`, {
      enabled: true,
      accessMode: 'sell_users',
      assignSourceName: 'Chat',
      ownerEntries: pool ? [{ kind: 'pool', id: pool.id }] : [],
      allowAnyOwner: false,
      pastChatsEnabled: true,
      offlineLeadsEnabled: false,
    });
    if (saved.statusCode !== 200) return { enabled: false, problem: saved.json().error?.message, tryEmails: [] };
    await publishLeadWidgetWithBudget(owner);
    const matchingLead = await ensureLeadForPastChatVisitor(owner);
    const matchingContact = await personContactWithDeal(owner);
    await owner.call('DELETE', '/api/session');
    return {
      enabled: true,
      tryEmails: [
        ...(matchingLead ? [{ email: matchingLead, what: 'matches a lead (and her past chat is in its feed)' }] : []),
        ...(matchingContact ? [{ email: matchingContact, what: 'matches a person contact with a company and deals' }] : []),
        { email: NO_MATCH_EMAIL, what: 'matches nothing: try Create lead' },
      ],
    };
  } finally {
    await app.close();
  }
}

async function publishLeadWidgetWithBudget(owner: DemoBrowser) {
  const widgets = (await owner.call('GET', `${BASE}/widgets`)).json() as {
    widgets: { widget: string; draft: string[] }[];
    catalogue: { lead: { key: string; label: string }[] };
  };
  const budget = widgets.catalogue.lead.find((field) => field.label === 'Budget');
  const draft = widgets.widgets.find((w) => w.widget === 'lead')?.draft ?? [];
  if (budget && !draft.includes(budget.key)) await owner.call('PUT', `${BASE}/widgets/lead`, { fields: [...draft, budget.key] });
  await owner.call('POST', `${BASE}/widgets/lead/publish`, {});
}

/** The Sell API, as the owner's browser session would call it. */
async function sellApi(owner: DemoBrowser, method: 'GET' | 'POST', url: string, body?: unknown) {
  const res = await owner.call(method, url, body === undefined ? undefined : { data: body });
  return res.statusCode === 200 ? (res.json() as { items?: { data: Record<string, unknown> }[]; data?: Record<string, unknown> }) : undefined;
}

async function ensureLeadForPastChatVisitor(owner: DemoBrowser): Promise<string | undefined> {
  const found = await sellApi(owner, 'GET', `/v2/leads?email=${encodeURIComponent(PAST_CHAT_VISITOR.email)}`);
  if (found?.items?.length) return PAST_CHAT_VISITOR.email;
  const created = await sellApi(owner, 'POST', '/v2/leads', PAST_CHAT_VISITOR);
  return created ? PAST_CHAT_VISITOR.email : undefined;
}

async function personContactWithDeal(owner: DemoBrowser): Promise<string | undefined> {
  const deals = await sellApi(owner, 'GET', '/v2/deals?per_page=1&sort_by=id');
  const contactId = deals?.items?.[0]?.data.contact_id;
  if (typeof contactId !== 'number') return undefined;
  const contact = await sellApi(owner, 'GET', `/v2/contacts/${contactId}`);
  const email = contact?.data?.email;
  return typeof email === 'string' ? email : undefined;
}
