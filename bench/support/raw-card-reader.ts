import SQLite from 'better-sqlite3';

type PointRow = { resource_type: 'lead' | 'contact'; resource_id: number };
type LeadRow = { id: number; owner_id: number | null; first_name: string | null; last_name: string | null; organization_name: string | null };
type ContactRow = { id: number; owner_id: number | null; contact_id: number | null; is_organization: number; name: string | null; first_name: string | null; last_name: string | null };
type DealRow = { id: number; name: string };
type ChatRow = { id: string; status: string; visitor_email: string | null; visitor_phone: string | null };
type InstallationRow = { id: number; enabled: number; status: string; activated_at: string | null; oauth_client_id: string | null };
type WidgetRow = { widget: string; published_fields: string };

/** What a card shows, as the audit records it: the record, its company, deals, further matches. */
type Shown = { type: 'lead' | 'contact' | 'deal'; id: number; name: string; fields: string[] };

const APP_ID = 'sell-for-chat';

/**
 * The card lookup's baseline: the same rows read with hand-written SQL through prepared statements on
 * a connection of its own, no framework, no visibility, no shaping.
 * - `lookup`: the bare index lookup;
 * - `card`: also what the card shows (the lead, or the contact with its company and deals, and their
 *   tags and custom values);
 * - `chatCard`: everything the integration's card for a served chat reads and writes: the chat, the
 *   integration's settings, the Sell app's installation and grant, the published widgets, the card's
 *   rows, owner names, lead sources and custom fields, and the read-audit rows in one transaction
 *   (with nothing matching: the owner entries and people a Create lead offer is made of instead).
 */
export function rawCardReader(file: string, accountId: number) {
  const sqlite = new SQLite(file);
  sqlite.pragma('busy_timeout = 5000');
  const points = sqlite.prepare<[number, string | null, string | null], PointRow>(
    "select resource_type, resource_id, kind, field, custom_field_id from sell_contact_points where account_id = ? and kind in ('email', 'phone') and value in (?, ?)",
  );
  const lead = sqlite.prepare<[number, number], LeadRow>('select * from sell_leads where account_id = ? and id = ?');
  const contact = sqlite.prepare<[number, number], ContactRow>('select * from sell_contacts where account_id = ? and id = ?');
  const deals = sqlite.prepare<[number, number, number, number, number, number], DealRow>(
    `select d.id, d.name, d.value, d.currency, d.owner_id, d.stage_id, s.name as stage_name, s.category as stage_category, d.updated_at
       from sell_deals d join sell_stages s on s.id = d.stage_id
      where (d.account_id = ? and d.contact_id = ?) or (d.account_id = ? and d.organization_id = ?)
         or d.id in (select deal_id from sell_deal_contacts where account_id = ? and contact_id = ?)
      order by d.updated_at desc, d.id desc limit 50`,
  );
  const tags = sqlite.prepare(
    'select g.resource_id, t.name from sell_taggings g join sell_tags t on t.id = g.tag_id where g.account_id = ? and g.resource_type = ? and g.resource_id in (?, ?) order by t.name',
  );
  const custom = sqlite.prepare('select resource_id, field_id, value from sell_custom_values where account_id = ? and resource_type = ? and resource_id in (?, ?)');

  const chat = sqlite.prepare<[number, string], ChatRow>(
    `select c.*, v.page_url, v.page_title, v.user_agent, v.ip, a.name as agent_name
       from chats c join chat_visitors v on v.id = c.visitor_id left join users a on a.id = c.agent_id
      where c.account_id = ? and c.id = ?`,
  );
  const settings = sqlite.prepare('select * from sell_chat_settings where account_id = ?');
  const installation = sqlite.prepare<[number, string], InstallationRow>(
    'select id, enabled, status, activated_at, oauth_client_id from marketplace_installations where account_id = ? and app_id = ?',
  );
  const grant = sqlite.prepare(
    `select g.user_id, g.scopes from oauth_grants g join oauth_clients c on c.id = g.oauth_client_id
      where g.account_id = ? and c.client_id = ? and g.revoked_at is null order by g.id desc limit 1`,
  );
  const widgets = sqlite.prepare<[number], WidgetRow>('select widget, published_fields from sell_chat_widgets where account_id = ?');
  const owners = sqlite.prepare('select id, name, active, sell_role from users where account_id = ? and id in (?, ?)');
  const sources = sqlite.prepare("select id, name from sell_named_items where account_id = ? and kind = 'lead_source'");
  const customFields = sqlite.prepare('select id, name, type from sell_custom_fields where account_id = ? and resource_type = ?');
  const ownerEntries = sqlite.prepare('select * from sell_chat_owner_entries where account_id = ? order by position');
  const people = sqlite.prepare('select id, name, active, sell_role from users where account_id = ? order by lower(name), id');
  const topmost = sqlite.prepare('select topmost_manager_id from accounts where id = ?');
  const audit = sqlite.prepare(
    `insert into sell_chat_read_audit (account_id, agent_id, agent_name, acting_user_id, chat_id, record_type, record_id, record_name, fields, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const writeAudit = sqlite.transaction((agent: { id: number; name: string }, chatId: string, shown: Shown[]) => {
    const at = new Date().toISOString();
    for (const r of shown) audit.run(accountId, agent.id, agent.name, agent.id, chatId, r.type, r.id, r.name, JSON.stringify(r.fields), at);
  });

  const lookup = (email: string | null, phone: string | null) => points.all(accountId, email, phone);
  const leadName = (l: LeadRow) => [l.first_name, l.last_name].filter(Boolean).join(' ') || l.organization_name || `Lead #${l.id}`;
  const contactName = (c: ContactRow) => c.name || [c.first_name, c.last_name].filter(Boolean).join(' ') || `Contact #${c.id}`;

  /** The card's rows for every matching record; what it would show, in lookup order. */
  function readCards(email: string | null, phone: string | null) {
    const read: unknown[] = [];
    const shown: Shown[] = [];
    const ownerIds: number[] = [];
    for (const p of lookup(email, phone)) {
      if (p.resource_type === 'lead') {
        const row = lead.get(accountId, p.resource_id);
        read.push(row, tags.all(accountId, 'lead', p.resource_id, -1), custom.all(accountId, 'lead', p.resource_id, -1));
        if (row) {
          shown.push({ type: 'lead', id: row.id, name: leadName(row), fields: ['name'] });
          ownerIds.push(row.owner_id ?? -1);
        }
        continue;
      }
      const person = contact.get(accountId, p.resource_id);
      if (!person) continue;
      const companyId = person.is_organization ? null : person.contact_id;
      const company = companyId === null ? undefined : contact.get(accountId, companyId);
      const organizationId = person.is_organization ? person.id : -1;
      const dealRows = deals.all(accountId, person.id, accountId, organizationId, accountId, person.id);
      read.push(person, company, dealRows);
      read.push(tags.all(accountId, 'contact', person.id, companyId ?? -1), custom.all(accountId, 'contact', person.id, companyId ?? -1));
      shown.push({ type: 'contact', id: person.id, name: contactName(person), fields: ['name'] });
      if (company) shown.push({ type: 'contact', id: company.id, name: contactName(company), fields: ['name'] });
      for (const d of dealRows) shown.push({ type: 'deal', id: d.id, name: d.name, fields: ['name', 'value', 'currency', 'stage'] });
      ownerIds.push(person.owner_id ?? -1, company?.owner_id ?? -1);
    }
    return { read, shown, ownerIds };
  }

  return {
    lookup,
    card: (email: string | null, phone: string | null) => readCards(email, phone).read,
    chatCard(chatId: string, email: string | null, phone: string | null, agent: { id: number; name: string }) {
      const read: unknown[] = [chat.get(accountId, chatId), settings.get(accountId)];
      const app = installation.get(accountId, APP_ID);
      read.push(app && app.oauth_client_id ? grant.get(accountId, app.oauth_client_id) : undefined);
      const published = widgets.all(accountId).map((w) => [w.widget, JSON.parse(w.published_fields) as string[]] as const);
      const cards = readCards(email, phone);
      read.push(published, cards.read);
      const [first] = cards.shown;
      if (!first) {
        read.push(ownerEntries.all(accountId), people.all(accountId), topmost.get(accountId));
        return read;
      }
      read.push(owners.all(accountId, cards.ownerIds[0], cards.ownerIds[1] ?? -1), customFields.all(accountId, first.type));
      if (first.type === 'lead') read.push(sources.all(accountId));
      writeAudit(agent, chatId, cards.shown);
      return read;
    },
    close: () => sqlite.close(),
  };
}
