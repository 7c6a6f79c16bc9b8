import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAuditRows } from '../../src/integrations/sell-chat/audit/read-audit.repo.ts';
import { sellChatDb } from '../../src/integrations/sell-chat/sell-chat-tables.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { API, createRecord, makeIntegrationWorld, nextSubdomain, type IntegrationWorld } from './support/sell-chat-world.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function world() {
  const w = await makeIntegrationWorld(t, nextSubdomain('audit'));
  await w.setUp();
  return w;
}

async function audit(w: IntegrationWorld, query = '', who: keyof IntegrationWorld['users'] = 'owner') {
  const res = await (await w.as(who)).get(`${API}/audit${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('read audit (B-1)', () => {
  it('records who saw which record and fields, for which chat, each time a card is shown', async () => {
    const w = await world();
    const company = await createRecord(w, 'owner', 'contacts', { name: 'Globex', is_organization: true, owner_id: w.users.maria.id });
    const person = await createRecord(w, 'maria', 'contacts', { first_name: 'Julia', last_name: 'Rossi', email: 'julia@globex.example', contact_id: company });
    const deal = await createRecord(w, 'maria', 'deals', { name: 'Globex seats', contact_id: person, value: 100 });
    const lead = await createRecord(w, 'maria', 'leads', { last_name: 'Rossi (lead)', email: 'julia@globex.example' });
    const { chatId } = await w.startVisitorChat({ name: 'Julia', email: 'julia@globex.example' });

    expect((await (await w.as('maria')).get(`${API}/chats/${chatId}/card`)).statusCode).toBe(200);
    const { items } = await audit(w);
    const agent = { id: w.users.maria.id, name: 'Maria' };
    // Newest first: the card's rows come back in the reverse of the order they were shown in.
    const shown = [...items].reverse();
    expect(shown.map((i: { record: unknown }) => i.record)).toEqual([
      { type: 'contact', id: person, name: 'Julia Rossi' },
      { type: 'contact', id: company, name: 'Globex' },
      { type: 'deal', id: deal, name: 'Globex seats' },
      { type: 'lead', id: lead, name: 'Rossi (lead)' },
    ]);
    for (const item of items) expect(item).toMatchObject({ agent, chatId, actingUserId: w.users.maria.id, at: items[0].at });
    expect(shown[0].fields).toEqual(['name', 'title', 'company', 'email', 'phone', 'owner']);
    expect(shown[1].fields).toEqual(['name', 'industry', 'website', 'phone', 'owner']);
    expect(shown[2].fields).toEqual(['name', 'value', 'currency', 'stage']);
    expect(shown[3].fields).toEqual(['name']);
  });

  it('records nothing when nothing was shown', async () => {
    const w = await world();
    await createRecord(w, 'omar', 'leads', { last_name: 'Hidden', email: 'hidden@x.example' });
    const { chatId } = await w.startVisitorChat({ email: 'hidden@x.example' });
    expect((await (await w.as('rita')).get(`${API}/chats/${chatId}/card`)).json().result).toBe('no_match');
    expect((await (await w.as('aiko')).get(`${API}/chats/${chatId}/card`)).statusCode).toBe(403);
    expect((await audit(w)).items).toEqual([]);
  });

  it('filters by agent, record, chat and time, newest first, page by page', async () => {
    const w = await world();
    const a = await createRecord(w, 'owner', 'leads', { last_name: 'Alpha', email: 'a@alpha.example' });
    const b = await createRecord(w, 'owner', 'leads', { last_name: 'Beta', email: 'b@beta.example' });
    const chatA = (await w.startVisitorChat({ email: 'a@alpha.example' })).chatId;
    const chatB = (await w.startVisitorChat({ email: 'b@beta.example' })).chatId;
    const view = async (who: 'sam' | 'fiona', chatId: string) => expect((await (await w.as(who)).get(`${API}/chats/${chatId}/card`)).statusCode).toBe(200);
    await view('sam', chatA);
    await view('fiona', chatA);
    // `from` and `to` are inclusive: keep the boundary clear of both sides' millisecond.
    await new Promise((r) => setTimeout(r, 5));
    const middle = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await view('sam', chatB);
    await view('fiona', chatB);

    const ids = (items: { record: { id: number }; agent: { id: number } }[]) => items.map((i) => `${i.agent.id}:${i.record.id}`);
    const { sam, fiona } = w.users;
    expect(ids((await audit(w)).items)).toEqual([`${fiona.id}:${b}`, `${sam.id}:${b}`, `${fiona.id}:${a}`, `${sam.id}:${a}`]);
    expect(ids((await audit(w, `?agentId=${sam.id}`)).items)).toEqual([`${sam.id}:${b}`, `${sam.id}:${a}`]);
    expect(ids((await audit(w, `?recordType=lead&recordId=${a}`)).items)).toEqual([`${fiona.id}:${a}`, `${sam.id}:${a}`]);
    expect(ids((await audit(w, `?chatId=${chatB}`)).items)).toEqual([`${fiona.id}:${b}`, `${sam.id}:${b}`]);
    expect(ids((await audit(w, `?from=${encodeURIComponent(middle)}`)).items)).toEqual([`${fiona.id}:${b}`, `${sam.id}:${b}`]);
    expect(ids((await audit(w, `?to=${encodeURIComponent(middle)}`)).items)).toEqual([`${fiona.id}:${a}`, `${sam.id}:${a}`]);

    const first = await audit(w, '?limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(Number));
    const second = await audit(w, `?limit=3&cursor=${first.nextCursor}`);
    expect(ids(second.items)).toEqual([`${sam.id}:${a}`]);
    expect(second.nextCursor).toBeNull();

    for (const [query, field] of [['?recordType=opportunity', 'recordType'], ['?from=yesterday', 'from'], ['?limit=0', 'limit'], ['?colour=red', 'body']]) {
      const res = await (await w.as('owner')).get(`${API}/audit${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error.fields.map((f: { field: string }) => f.field), query).toContain(field);
    }
  });

  it('is for Sell admins and Chat admins only', async () => {
    const w = await world();
    for (const who of ['rita', 'aiko', 'ravi'] as const) {
      const res = await (await w.as(who)).get(`${API}/audit`);
      expect(res.statusCode, who).toBe(403);
      expect((await (await w.as(who)).get(`${API}/audit.csv`)).statusCode, who).toBe(403);
    }
    expect((await (await w.as('sam')).get(`${API}/audit`)).statusCode).toBe(200);
    await (await w.as('owner')).patch(`/api/users/${w.users.aiko.id}`, { chatRole: 'admin' });
    expect((await (await w.as('aiko')).get(`${API}/audit`)).statusCode).toBe(200);
  });

  it('exports CSV: streamed in batches, quoted correctly, formulas defused', async () => {
    const w = await world();
    const lead = await createRecord(w, 'owner', 'leads', { last_name: '=HYPERLINK("http://evil.example","x")', organization_name: 'Evil', email: 'evil@x.example' });
    const { chatId } = await w.startVisitorChat({ email: 'evil@x.example' });
    expect((await (await w.as('sam')).get(`${API}/chats/${chatId}/card`)).statusCode).toBe(200);
    // Many more rows than one batch, written straight to the table.
    const at = new Date(Date.now() - 60_000).toISOString();
    const bulk = Array.from({ length: 1234 }, (_, i) => ({
      account_id: w.account.id,
      agent_id: w.users.fiona.id,
      agent_name: 'Fiona, "the closer"',
      acting_user_id: w.users.fiona.id,
      chat_id: 'bulk-chat',
      record_type: 'lead' as const,
      record_id: 100_000 + i,
      record_name: `Lead ${i}\nsecond line`,
      fields: JSON.stringify(['name', 'email']),
      created_at: at,
    }));
    await insertAuditRows(sellChatDb(t.db), bulk);

    const res = await (await w.as('owner')).get(`${API}/audit.csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="sell-chat-read-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = res.body;
    expect(text.startsWith('\uFEFFtime,agent_id,agent_name,chat_id,record_type,record_id,record_name,fields,acting_sell_user_id\r\n')).toBe(true);
    const records = text.slice(1).split('\r\n').filter(Boolean);
    expect(records).toHaveLength(1 + 1 + 1234); // header, Sam's card, the bulk rows
    expect(records[1]).toBe(`${at},${w.users.fiona.id},"Fiona, ""the closer""",bulk-chat,lead,101233,"Lead 1233\nsecond line",name; email,${w.users.fiona.id}`);
    expect(records.at(-2)).toContain(',lead,100000,');
    expect(records.at(-1)).toContain(`,Sam,${chatId},lead,${lead},"'=HYPERLINK(""http://evil.example"",""x"")",name; organization_name; title; status; email; phone; owner,`);

    const filtered = await (await w.as('owner')).get(`${API}/audit.csv?chatId=${chatId}`);
    expect(filtered.body.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});
