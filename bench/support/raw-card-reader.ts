import SQLite from 'better-sqlite3';

type PointRow = { resource_type: 'lead' | 'contact'; resource_id: number };
type ContactRow = { id: number; contact_id: number | null; is_organization: number };

/**
 * The card lookup's baseline: the same rows read with hand-written SQL through prepared statements on
 * a connection of its own, no framework, no visibility, no shaping. `lookup` is the bare index lookup;
 * `card` also reads what the card shows (the lead, or the contact with its company and deals, and
 * their tags and custom values).
 */
export function rawCardReader(file: string, accountId: number) {
  const sqlite = new SQLite(file, { readonly: true });
  const points = sqlite.prepare<[number, string | null, string | null], PointRow>(
    "select resource_type, resource_id, kind, field, custom_field_id from sell_contact_points where account_id = ? and kind in ('email', 'phone') and value in (?, ?)",
  );
  const lead = sqlite.prepare('select * from sell_leads where account_id = ? and id = ?');
  const contact = sqlite.prepare<[number, number], ContactRow>('select * from sell_contacts where account_id = ? and id = ?');
  const deals = sqlite.prepare(
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

  const lookup = (email: string | null, phone: string | null) => points.all(accountId, email, phone);
  return {
    lookup,
    card(email: string | null, phone: string | null) {
      const read: unknown[] = [];
      for (const p of lookup(email, phone)) {
        if (p.resource_type === 'lead') {
          read.push(lead.get(accountId, p.resource_id), tags.all(accountId, 'lead', p.resource_id, -1), custom.all(accountId, 'lead', p.resource_id, -1));
          continue;
        }
        const person = contact.get(accountId, p.resource_id);
        if (!person) continue;
        const companyId = person.is_organization ? null : person.contact_id;
        const company = companyId === null ? undefined : contact.get(accountId, companyId);
        const organizationId = person.is_organization ? person.id : -1;
        read.push(person, company, deals.all(accountId, person.id, accountId, organizationId, accountId, person.id));
        read.push(tags.all(accountId, 'contact', person.id, companyId ?? -1), custom.all(accountId, 'contact', person.id, companyId ?? -1));
      }
      return read;
    },
    close: () => sqlite.close(),
  };
}
