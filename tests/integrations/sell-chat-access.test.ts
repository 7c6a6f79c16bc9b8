import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { API, createRecord, makeIntegrationWorld, nextSubdomain, type IntegrationWorld } from './support/sell-chat-world.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Agent = keyof IntegrationWorld['users'];

/**
 * Records owned across the hierarchy: Rita's and Ravi's leads sit under Maria; Omar is in
 * another team. A person contact of Maria's works at a company Omar owns, with a deal each.
 */
async function worldWithRecords() {
  const w = await makeIntegrationWorld(t, nextSubdomain('access'));
  const ids = {
    ritaLead: await createRecord(w, 'rita', 'leads', { first_name: 'Lena', last_name: 'Rita-Lead', email: 'lena@rita.example', organization_name: 'Lena GmbH' }),
    raviLead: await createRecord(w, 'ravi', 'leads', { last_name: 'Ravi-Lead', email: 'lead@ravi.example' }),
    omarLead: await createRecord(w, 'omar', 'leads', { last_name: 'Omar-Lead', email: 'lead@omar.example', phone: '+1 415 555 0142' }),
    company: await createRecord(w, 'omar', 'contacts', { name: 'Globex', is_organization: true, owner_id: w.users.omar.id }),
    person: 0,
    mariaDeal: 0,
    omarDeal: 0,
  };
  ids.person = await createRecord(w, 'owner', 'contacts', { first_name: 'Julia', last_name: 'Rossi', email: 'julia@globex.example', contact_id: ids.company, title: 'CTO', owner_id: w.users.maria.id });
  ids.mariaDeal = await createRecord(w, 'maria', 'deals', { name: 'Globex seats', contact_id: ids.person, value: '1200.50', currency: 'EUR' });
  ids.omarDeal = await createRecord(w, 'owner', 'deals', { name: 'Globex support', contact_id: ids.person, value: 300, owner_id: w.users.omar.id });
  const chats = {
    rita: (await w.startVisitorChat({ name: 'Lena', email: 'LENA@rita.example ' })).chatId,
    ravi: (await w.startVisitorChat({ email: 'lead@ravi.example' })).chatId,
    omar: (await w.startVisitorChat({ name: 'Caller', phone: '(415) 555-0142' })).chatId,
    person: (await w.startVisitorChat({ name: 'Julia Rossi', email: 'julia@globex.example' })).chatId,
  };
  return { w, ids, chats };
}

async function card(w: IntegrationWorld, who: Agent, chatId: string) {
  return (await w.as(who)).get(`${API}/chats/${chatId}/card`);
}

async function matched(w: IntegrationWorld, who: Agent, chatId: string): Promise<number | null> {
  const res = await card(w, who, chatId);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return body.result === 'match' ? body.match.record.id : null;
}

describe('access to Sell data in Chat', () => {
  it('under "Sell users only", each agent sees exactly what their Sell user sees (S-12, A-3)', async () => {
    const { w, ids, chats } = await worldWithRecords();
    await w.setUp();
    // Who sees which chat's record, by role: rep, manager, full access, admin.
    const expected: Record<string, Record<keyof typeof chats, number | null>> = {
      rita: { rita: ids.ritaLead, ravi: null, omar: null, person: null },
      maria: { rita: ids.ritaLead, ravi: ids.raviLead, omar: null, person: ids.person },
      omar: { rita: null, ravi: null, omar: ids.omarLead, person: null },
      fiona: { rita: ids.ritaLead, ravi: ids.raviLead, omar: ids.omarLead, person: ids.person },
      sam: { rita: ids.ritaLead, ravi: ids.raviLead, omar: ids.omarLead, person: ids.person },
    };
    for (const [who, row] of Object.entries(expected)) {
      for (const [chat, record] of Object.entries(row)) {
        expect(await matched(w, who as Agent, chats[chat as keyof typeof chats]), `${who} on ${chat}'s chat`).toBe(record);
      }
    }
  });

  it('tells an agent without a Sell seat why they see nothing, and what an admin must change (S-26)', async () => {
    const { w, chats } = await worldWithRecords();
    await w.setUp();
    const res = await card(w, 'aiko', chats.rita);
    expect(res.statusCode).toBe(403);
    const error = res.json().error;
    expect(error.code).toBe('sell_access_required');
    expect(error.details).toEqual({ fix: 'sell_seat_or_access_mode' });
    expect(error.message).toContain('Sell role');
    expect(error.message).toContain('All agents');
    expect(JSON.stringify(res.json())).not.toContain('Lena');
  });

  it('under "All agents", every agent sees the data, read as the Sell app\'s installer (S-13)', async () => {
    const { w, ids, chats } = await worldWithRecords();
    await w.setUp({ accessMode: 'all_agents' });
    for (const who of ['aiko', 'rita', 'omar'] as Agent[]) {
      expect(await matched(w, who, chats.omar), who).toBe(ids.omarLead);
      expect(await matched(w, who, chats.person), who).toBe(ids.person);
    }
    const body = (await card(w, 'aiko', chats.rita)).json();
    expect(body.access).toEqual({ mode: 'all_agents', actingAs: { id: w.users.owner.id, name: w.users.owner.name } });
  });

  it('shows a contact with its company and deals only as far as the acting user may see them', async () => {
    const { w, ids, chats } = await worldWithRecords();
    await w.setUp();
    const maria = (await card(w, 'maria', chats.person)).json();
    expect(maria.match.record).toMatchObject({ type: 'contact', widget: 'person', id: ids.person, name: 'Julia Rossi', ownerId: w.users.maria.id });
    expect(maria.match.company).toBeNull(); // Globex is Omar's
    expect(maria.match.deals.map((d: { id: number }) => d.id)).toEqual([ids.mariaDeal]);
    expect(maria.match.record.fields.find((f: { key: string }) => f.key === 'company').value).toBeNull();

    const fiona = (await card(w, 'fiona', chats.person)).json();
    expect(fiona.match.company).toMatchObject({ type: 'contact', widget: 'company', id: ids.company, name: 'Globex' });
    expect(fiona.match.deals.map((d: { id: number }) => d.id).sort()).toEqual([ids.mariaDeal, ids.omarDeal].sort());
    expect(fiona.match.deals.find((d: { id: number }) => d.id === ids.mariaDeal)).toMatchObject({ name: 'Globex seats', value: '1200.5', currency: 'EUR' });
    const fields = Object.fromEntries(fiona.match.record.fields.map((f: { key: string; value: unknown }) => [f.key, f.value]));
    expect(fields).toMatchObject({ title: 'CTO', company: 'Globex', email: 'julia@globex.example', owner: 'Maria' });
  });

  it('says what matched, by email or by phone (O-5), and looks again when the visitor changes their details (W-1)', async () => {
    const { w, ids, chats } = await worldWithRecords();
    await w.setUp();
    const byEmail = (await card(w, 'sam', chats.rita)).json();
    expect(byEmail.match.matchedBy).toEqual([{ by: 'email', field: 'email', customFieldId: null, customFieldName: null }]);
    const byPhone = (await card(w, 'sam', chats.omar)).json();
    expect(byPhone.match.matchedBy[0]).toMatchObject({ by: 'phone', field: 'phone' });

    const visitor = await w.startVisitorChat({ name: 'Someone' });
    const before = (await card(w, 'sam', visitor.chatId)).json();
    expect(before).toMatchObject({ result: 'no_match', match: null, noMatch: { reason: 'no_details' } });
    await visitor.identify({ email: 'lead@ravi.example' });
    const after = (await card(w, 'sam', visitor.chatId)).json();
    expect(after).toMatchObject({ result: 'match', noMatch: null, visitor: { email: 'lead@ravi.example' } });
    expect(after.match.record.id).toBe(ids.raviLead);
  });

  it('says plainly when nothing matches and offers Create lead, prefilled (S-22, W-2, O-7)', async () => {
    const { w } = await worldWithRecords();
    await w.setUp();
    const { chatId } = await w.startVisitorChat({ name: 'Mei Ling Tanaka', email: 'mei@new.example' });
    const body = (await card(w, 'rita', chatId)).json();
    expect(body.result).toBe('no_match');
    expect(body.match).toBeNull();
    expect(body.noMatch.reason).toBe('no_record');
    expect(body.noMatch.message).toContain('No lead or contact in Sell');
    expect(body.noMatch.createLead).toMatchObject({
      allowed: true,
      prefill: { firstName: 'Mei Ling', lastName: 'Tanaka', email: 'mei@new.example', phone: null },
      owner: { mode: 'fixed', default: { owner: { kind: 'user', id: w.users.rita.id }, rule: 'creating_agent' } },
    });
    const nameless = await w.startVisitorChat({ email: 'anon@new.example' });
    expect((await card(w, 'rita', nameless.chatId)).json().noMatch.createLead.prefill).toMatchObject({ firstName: '', lastName: 'Chat visitor' });
  });

  it('refuses with a stable code while the integration or the Sell app is off, and offers to reconnect a revoked app (S-23, O-9)', async () => {
    const { w, chats } = await worldWithRecords();
    const code = async () => (await card(w, 'sam', chats.rita)).json().error;
    expect((await code()).code).toBe('sell_chat_disabled');
    await w.saveSettings({ enabled: true });
    expect((await code())).toMatchObject({ code: 'sell_app_not_installed', details: { fix: 'install_app' } });
    const { grantId, installationId } = await w.installSellForChat();
    expect((await card(w, 'sam', chats.rita)).statusCode).toBe(200);
    await w.setAppEnabled('sell-for-chat', false);
    expect((await code())).toMatchObject({ code: 'sell_app_disabled', details: { fix: 'enable_app' } });
    await w.setAppEnabled('sell-for-chat', true);
    await w.revokeGrant(grantId);
    expect((await code())).toMatchObject({ code: 'sell_app_needs_authorization', details: { fix: 'reconnect_app', installationId } });
  });

  it('under "All agents", refuses when the installer can no longer read Sell', async () => {
    const { w, chats } = await worldWithRecords();
    await w.installSellForChat(w.users.sam.id);
    await w.saveSettings({ enabled: true, accessMode: 'all_agents' });
    expect((await card(w, 'aiko', chats.rita)).statusCode).toBe(200);
    expect((await (await w.as('owner')).patch(`/api/users/${w.users.sam.id}`, { sellRole: 'none' })).statusCode).toBe(200);
    const error = (await card(w, 'aiko', chats.rita)).json().error;
    expect(error.code).toBe('sell_app_user_unavailable');
    expect(error.message).toContain('Sam');
  });

  it('offers no Create lead when the Sell app may only read (S-26)', async () => {
    const { w } = await worldWithRecords();
    await w.installSellForChat(w.users.owner.id, 'read profile');
    await w.saveSettings({ enabled: true });
    const { chatId } = await w.startVisitorChat({ name: 'New One', email: 'new@one.example' });
    const body = (await card(w, 'rita', chatId)).json();
    expect(body.noMatch.createLead).toEqual({ allowed: false, reason: { code: 'sell_app_read_only', message: expect.stringContaining('Reconnect'), fix: 'reconnect_app' } });
  });

  it('refuses users without a Chat role, and chats of another account', async () => {
    const { w, chats } = await worldWithRecords();
    await w.setUp();
    const ravi = await card(w, 'ravi', chats.rita);
    expect(ravi.statusCode).toBe(403);
    expect(ravi.json().error.code).toBe('chat_agent_required');
    const other = await worldWithRecords();
    await other.w.setUp();
    const foreign = await card(w, 'sam', other.chats.rita);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('not_found');
  });
});
