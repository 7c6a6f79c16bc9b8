import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { API, createRecord, makeIntegrationWorld, nextSubdomain, type IntegrationWorld } from './support/sell-chat-world.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function world(): Promise<IntegrationWorld> {
  const w = await makeIntegrationWorld(t, nextSubdomain('settings'));
  await (await w.sell('owner')).get('/v2/lead_statuses'); // Sell sets the account up on first use
  return w;
}

async function createPool(w: IntegrationWorld, name: string, resourceType: string, memberIds: number[]) {
  const res = await (await w.sell('owner')).post('/v2/pools', { name, resource_type: resourceType, member_ids: memberIds });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.id as number;
}

describe('Chat integration settings', () => {
  it('starts with the defaults of O-1 … O-3 and names the topmost manager (S-18)', async () => {
    const w = await world();
    const res = await (await w.as('owner')).get(`${API}/settings`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.settings).toMatchObject({
      enabled: false,
      accessMode: 'sell_users',
      assignStatusId: null,
      assignSourceId: null,
      ownerEntries: [],
      allowAnyOwner: false,
      pastChatsEnabled: false,
      offlineLeadsEnabled: false,
    });
    expect(body.assignStatus).toMatchObject({ name: 'New', isDefault: true, usesDefault: true });
    expect(body.assignSource).toBeNull();
    expect(body.topmostManager).toEqual({ id: w.users.owner.id, name: w.users.owner.name });
    expect(body.ownerDefault).toEqual({ rule: 'creating_agent', name: null });
    expect(body.canEdit).toBe(true);
    expect(body.widgets.map((x: { widget: string }) => x.widget)).toEqual(['lead', 'person', 'company']);
    expect(body.elements).toMatchObject({ sellAppInChat: { on: false, state: 'not_installed' }, chatAppInSell: { on: false }, pastChats: { on: false } });
  });

  it('saves each setting on its own, as the page changes it', async () => {
    const w = await world();
    await w.saveSettings({ accessMode: 'all_agents' });
    const after = await w.saveSettings({ allowAnyOwner: true });
    expect(after.settings).toMatchObject({ accessMode: 'all_agents', allowAnyOwner: true, enabled: false });
    expect(after.ownerDefault).toEqual({ rule: 'topmost_manager', name: w.users.owner.name });
    const status = after.choices.statuses.find((s: { name: string }) => s.name === 'Working');
    const saved = await w.saveSettings({ assignStatusId: status.id });
    expect(saved.settings).toMatchObject({ accessMode: 'all_agents', allowAnyOwner: true, assignStatusId: status.id });
    expect(saved.assignStatus).toMatchObject({ name: 'Working', usesDefault: false });
  });

  it('lets only a Sell admin change settings, naming who can (S-4)', async () => {
    const w = await world();
    const refused = await (await w.as('maria')).patch(`${API}/settings`, { enabled: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect(refused.json().error.message).toContain('Only a Sell admin can change the Chat integration settings');
    expect(refused.json().error.message).toContain(w.users.owner.name);
    expect(refused.json().error.message).toContain('Sam');
    // A rep reads them (how leads from Chat are assigned), without the right to change them.
    const asRep = await (await w.as('maria')).get(`${API}/settings`);
    expect(asRep.statusCode, asRep.body).toBe(200);
    expect(asRep.json().canEdit).toBe(false);

    const bySam = await (await w.as('sam')).patch(`${API}/settings`, { enabled: true });
    expect(bySam.statusCode, bySam.body).toBe(200);
    expect(bySam.json().settings.enabled).toBe(true);
  });

  it('refuses to enable while Chat is on the Lite plan, with the Marketplace message (S-2), and enables once it is not', async () => {
    const w = await world();
    const owner = await w.as('owner');
    expect((await owner.patch('/api/account', { chatPlan: 'lite' })).statusCode).toBe(200);
    const refused = await owner.patch(`${API}/settings`, { enabled: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('prerequisites_not_met');
    expect(refused.json().error.message).toContain('Chat is on the Lite plan; Team or higher is needed.');
    expect((await owner.get(`${API}/settings`)).json().settings.enabled).toBe(false);
    expect((await owner.patch('/api/account', { chatPlan: 'team' })).statusCode).toBe(200);
    expect((await owner.patch(`${API}/settings`, { enabled: true })).json().settings.enabled).toBe(true);
  });

  it('shows the settings to the Chat owner and admins without letting them change anything', async () => {
    const w = await world();
    const ownerRes = await (await w.as('owner')).patch(`/api/users/${w.users.aiko.id}`, { chatRole: 'admin' });
    expect(ownerRes.statusCode, ownerRes.body).toBe(200);
    const aiko = await w.as('aiko');
    const res = await aiko.get(`${API}/settings`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ canEdit: false, choices: null });
    expect((await aiko.patch(`${API}/settings`, { accessMode: 'all_agents' })).statusCode).toBe(403);
  });

  it('refuses bad values with a 422 naming the field', async () => {
    const w = await world();
    const owner = await w.as('owner');
    const deactivated = w.users.ravi;
    expect((await owner.post(`/api/users/${deactivated.id}/deactivate`)).statusCode).toBe(200);
    const dealPool = await createPool(w, 'Deal hunters', 'deal', [w.users.rita.id]);
    const cases: [Record<string, unknown>, string][] = [
      [{ accessMode: 'everyone' }, 'accessMode'],
      [{ enabled: 'yes' }, 'enabled'],
      [{ assignStatusId: 999_999 }, 'assignStatusId'],
      [{ assignSourceId: 999_999 }, 'assignSourceId'],
      [{ assignSourceId: null, assignSourceName: 'Chat' }, 'assignSourceName'],
      [{ ownerEntries: [{ kind: 'user', id: deactivated.id }] }, 'ownerEntries.0'],
      [{ ownerEntries: [{ kind: 'user', id: w.users.rita.id }, { kind: 'user', id: w.users.aiko.id }] }, 'ownerEntries.1'],
      [{ ownerEntries: [{ kind: 'pool', id: dealPool }] }, 'ownerEntries.0'],
      [{ ownerEntries: [{ kind: 'pool', id: 999_999 }] }, 'ownerEntries.0'],
      [{ ownerEntries: [{ kind: 'user', id: w.users.rita.id }, { kind: 'user', id: w.users.rita.id }] }, 'ownerEntries'],
      [{ colour: 'red' }, 'body'],
    ];
    for (const [patch, field] of cases) {
      const res = await owner.patch(`${API}/settings`, patch);
      expect(res.statusCode, JSON.stringify(patch)).toBe(422);
      expect(res.json().error.fields.map((f: { field: string }) => f.field), JSON.stringify(patch)).toContain(field);
    }
    const unchanged = (await owner.get(`${API}/settings`)).json();
    expect(unchanged.settings.ownerEntries).toEqual([]);
  });

  it('creates a lead source from the typed name through Sell, or reuses one of that name (S-15)', async () => {
    const w = await world();
    const created = await w.saveSettings({ assignSourceName: 'Website chat' });
    expect(created.assignSource).toMatchObject({ name: 'Website chat' });
    const sources = (await (await w.sell('owner')).get('/v2/lead_sources')).json().items.map((i: { data: { name: string } }) => i.data.name);
    expect(sources).toContain('Website chat');
    const again = await w.saveSettings({ assignSourceName: 'website CHAT' });
    expect(again.settings.assignSourceId).toBe(created.settings.assignSourceId);
    const cleared = await w.saveSettings({ assignSourceId: null });
    expect(cleared.assignSource).toBeNull();
  });

  it('warns about configured owners and pools that were deactivated or deleted (O-4)', async () => {
    const w = await world();
    const pool = await createPool(w, 'Inbound', 'lead', [w.users.rita.id]);
    await w.saveSettings({ ownerEntries: [{ kind: 'user', id: w.users.rita.id }, { kind: 'pool', id: pool }] });
    const owner = await w.as('owner');
    expect((await owner.post(`/api/users/${w.users.rita.id}/deactivate`)).statusCode).toBe(200);
    const body = (await owner.get(`${API}/settings`)).json();
    expect(body.settings.ownerEntries).toEqual([
      { kind: 'user', id: w.users.rita.id, name: 'Rita', unavailable: 'deactivated' },
      { kind: 'pool', id: pool, name: 'Inbound', unavailable: 'no_active_member' },
    ]);
    expect(body.warnings.map((x: { code: string }) => x.code)).toEqual(['owner_deactivated', 'owner_no_active_member', 'owner_fallback']);
    expect(body.warnings[0].message).toContain('Rita is deactivated');

    expect((await (await w.sell('owner')).delete(`/v2/pools/${pool}`)).statusCode).toBe(204);
    const later = (await owner.get(`${API}/settings`)).json();
    expect(later.settings.ownerEntries[1]).toMatchObject({ kind: 'pool', id: pool, unavailable: 'deleted' });
    // The list can still be saved without the dead entries (removing one never fails because of another).
    const kept = await w.saveSettings({ ownerEntries: [{ kind: 'user', id: w.users.rita.id }] });
    expect(kept.settings.ownerEntries).toHaveLength(1);
  });

  it('shows each element with a green or red mark (S-11, S-23)', async () => {
    const w = await world();
    const { grantId } = await w.installSellForChat();
    await w.installApp('chat-for-sell', 'sell', null);
    const owner = await w.as('owner');
    const marks = async () => (await owner.get(`${API}/settings`)).json().elements;
    expect(await marks()).toMatchObject({ sellAppInChat: { on: true, state: 'active' }, chatAppInSell: { on: true, state: 'active' }, pastChats: { on: false } });
    await w.saveSettings({ pastChatsEnabled: true });
    expect((await marks()).pastChats).toMatchObject({ on: true, state: 'enabled' });
    await w.setAppEnabled('chat-for-sell', false);
    expect((await marks()).chatAppInSell).toMatchObject({ on: false, state: 'disabled' });
    await w.revokeGrant(grantId);
    expect((await marks()).sellAppInChat).toMatchObject({ on: false, state: 'needs_authorization' });
  });

  it('says how many agents would see how many records before past chats is enabled (B-3)', async () => {
    const w = await world();
    await createRecord(w, 'owner', 'leads', { last_name: 'Tanaka', email: 'mei@tanaka.example' });
    await createRecord(w, 'owner', 'contacts', { name: 'Globex', is_organization: true, email: 'info@globex.example' });
    await createRecord(w, 'owner', 'leads', { last_name: 'Nobody', email: 'nobody@nowhere.example' });
    await createRecord(w, 'rita', 'contacts', { last_name: 'Rossi', email: 'julia@rossi.example' });
    await w.startVisitorChat({ name: 'Mei', email: '  MEI@Tanaka.example ' });
    await w.startVisitorChat({ name: 'Mei again', email: 'mei@tanaka.example' });
    await w.startVisitorChat({ name: 'Globex', email: 'info@globex.example' });
    await w.startVisitorChat({ name: 'Julia', email: 'julia@rossi.example' });
    await w.startVisitorChat({ name: 'Stranger', email: 'stranger@else.example' });
    await w.startVisitorChat({ name: 'No email' });

    const owner = await w.as('owner');
    const res = await owner.get(`${API}/past-chats/exposure`);
    expect(res.statusCode, res.body).toBe(200);
    // Chat agents: maria, rita, omar, fiona, sam, aiko and the owner; all but aiko have a Sell seat.
    expect(res.json()).toEqual({ accessMode: 'sell_users', agents: 6, records: 3, agentsByMode: { sell_users: 6, all_agents: 7 } });
    await w.saveSettings({ accessMode: 'all_agents' });
    expect((await owner.get(`${API}/past-chats/exposure`)).json()).toMatchObject({ accessMode: 'all_agents', agents: 7, records: 3 });
    expect((await (await w.as('maria')).get(`${API}/past-chats/exposure`)).statusCode).toBe(403);
  });
});
