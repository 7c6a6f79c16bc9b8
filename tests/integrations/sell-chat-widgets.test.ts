import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { listening, sessionCookie, type ChatTest } from '../chat/support/chat-test.ts';
import { startTestApp } from '../support/test-app.ts';
import { API, createRecord, makeIntegrationWorld, nextSubdomain, type IntegrationWorld } from './support/sell-chat-world.ts';

let t: ChatTest;
const sockets: Socket[] = [];
beforeAll(async () => {
  t = await listening(await startTestApp());
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => t.close());

async function customField(w: IntegrationWorld, resource: 'lead' | 'contact', body: Record<string, unknown>) {
  const res = await (await w.sell('owner')).post(`/v2/${resource}/custom_fields`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.id as number;
}

async function world() {
  const w = await makeIntegrationWorld(t, nextSubdomain('widgets'));
  await w.setUp();
  const fields = {
    budget: await customField(w, 'lead', { name: 'Budget', type: 'number' }),
    segment: await customField(w, 'contact', { name: 'Segment', type: 'string', for_contact: true, for_organisation: false }),
    employees: await customField(w, 'contact', { name: 'Employees', type: 'number', for_contact: false, for_organisation: true }),
  };
  return { w, fields };
}

const keysOf = (fields: { key: string }[]) => fields.map((f) => f.key);

describe('widget fields (S-19 … S-21)', () => {
  it('lists the standard and custom fields each widget can show', async () => {
    const { w, fields } = await world();
    const res = await (await w.as('owner')).get(`${API}/widgets`);
    expect(res.statusCode, res.body).toBe(200);
    const { widgets, catalogue } = res.json();
    expect(widgets.map((x: { widget: string; editedAt: null }) => [x.widget, x.editedAt])).toEqual([['lead', null], ['person', null], ['company', null]]);
    expect(keysOf(catalogue.lead)).toEqual(expect.arrayContaining(['email', 'status', 'source', `custom:${fields.budget}`]));
    expect(catalogue.lead.find((f: { key: string }) => f.key === `custom:${fields.budget}`)).toEqual({ key: `custom:${fields.budget}`, label: 'Budget', type: 'number', custom: true });
    expect(keysOf(catalogue.person)).toContain(`custom:${fields.segment}`);
    expect(keysOf(catalogue.person)).not.toContain(`custom:${fields.employees}`);
    expect(keysOf(catalogue.company)).toContain(`custom:${fields.employees}`);
    expect(keysOf(catalogue.company)).not.toContain(`custom:${fields.segment}`);
  });

  it('saves a draft that agents do not see until it is published; publishing updates open cards live', async () => {
    const { w, fields } = await world();
    await createRecord(w, 'owner', 'leads', { last_name: 'Tanaka', organization_name: 'Tanaka Trading', email: 'mei@tanaka.example', custom_fields: { Budget: 50000 } });
    const { chatId } = await w.startVisitorChat({ email: 'mei@tanaka.example' });
    const cardFields = async () => (await (await w.as('sam')).get(`${API}/chats/${chatId}/card`)).json().match.record.fields;
    expect(keysOf(await cardFields())).toEqual(['organization_name', 'title', 'status', 'email', 'phone', 'owner']);

    const owner = await w.as('owner');
    const draft = [`custom:${fields.budget}`, 'email', 'organization_name'];
    const saved = await owner.request('PUT', `${API}/widgets/lead`, { fields: draft });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().widget).toMatchObject({ widget: 'lead', draft, unpublishedChanges: true, editedAt: expect.any(String), editedBy: { id: w.users.owner.id }, publishedAt: null });
    expect(keysOf(await cardFields())).toEqual(['organization_name', 'title', 'status', 'email', 'phone', 'owner']);

    const host = `${w.account.subdomain}.localhost`;
    const socket = io(`${t.url}/sell-chat`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { host, cookie: await sessionCookie(t, host, w.users.aiko.email) } });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
    const pushed = new Promise<any>((resolve) => socket.once('sell_chat:widget_published', resolve));

    const published = await owner.post(`${API}/widgets/lead/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().widget).toMatchObject({ published: draft, unpublishedChanges: false, publishedAt: expect.any(String), publishedBy: { id: w.users.owner.id } });
    await t.app.events.drain();
    expect(await pushed).toMatchObject({ widget: 'lead', fields: draft });
    expect(await cardFields()).toEqual([
      { key: `custom:${fields.budget}`, label: 'Budget', type: 'number', value: 50000 },
      { key: 'email', label: 'Email', type: 'email', value: 'mei@tanaka.example' },
      { key: 'organization_name', label: 'Company name', type: 'text', value: 'Tanaka Trading' },
    ]);

    // A custom field deleted in Sell disappears from the card rather than showing empty.
    expect((await (await w.sell('owner')).delete(`/v2/lead/custom_fields/${fields.budget}`)).statusCode).toBe(204);
    expect(keysOf(await cardFields())).toEqual(['email', 'organization_name']);
  });

  it('previews the draft with sample data (S-21)', async () => {
    const { w, fields } = await world();
    const owner = await w.as('owner');
    await owner.request('PUT', `${API}/widgets/company`, { fields: ['name', `custom:${fields.employees}`, 'address', 'tags'] });
    const res = await owner.get(`${API}/widgets/company/preview`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      widget: 'company',
      fields: [
        { key: 'name', label: 'Name', type: 'text', value: 'Tanaka Trading' },
        { key: `custom:${fields.employees}`, label: 'Employees', type: 'number', value: 42 },
        { key: 'address', label: 'Address', type: 'text', value: '1-2-3 Marunouchi, Tokyo, 100-0005, Japan' },
        { key: 'tags', label: 'Tags', type: 'list', value: ['vip', 'trade fair'] },
      ],
    });
  });

  it('refuses unknown or repeated fields naming them, and anyone but a Sell admin', async () => {
    const { w, fields } = await world();
    const owner = await w.as('owner');
    const unknown = await owner.request('PUT', `${API}/widgets/person`, { fields: ['email', `custom:${fields.employees}`, 'nonsense'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['fields.1', 'fields.2']);
    const twice = await owner.request('PUT', `${API}/widgets/person`, { fields: ['email', 'email'] });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.fields[0].field).toBe('fields');
    expect((await owner.request('PUT', `${API}/widgets/deal`, { fields: [] })).statusCode).toBe(422);
    const rep = await w.as('maria');
    const refused = await rep.request('PUT', `${API}/widgets/person`, { fields: ['email'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('Only a Sell admin');
    expect((await rep.post(`${API}/widgets/person/publish`)).statusCode).toBe(403);
  });
});
