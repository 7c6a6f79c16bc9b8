import { describe, expect, it } from 'vitest';
import { findVisitorMatches } from '../../src/sell/index.ts';
import { sellWorldPerTest } from '../support/sell-api.ts';
import { TestClient } from '../support/test-app.ts';

const world = sellWorldPerTest();

const PATH = '/api/sell/settings/phone-country';

async function signedIn(email: string) {
  const client = new TestClient(world.t.app, world.w.host);
  expect((await client.signIn(email)).statusCode).toBe(200);
  return client;
}
const put = (client: TestClient, body: unknown) => client.request('PUT', PATH, body);
const stored = async () => (await (await signedIn('owner@acme.test')).get(PATH)).json().phone_country;

describe("the account's phone country (Sell settings)", () => {
  it('is read by every Sell user with the countries to choose from, and set by a Sell admin', async () => {
    const admin = await signedIn('owner@acme.test');
    const initial = await admin.get(PATH);
    expect(initial.statusCode, initial.body).toBe(200);
    expect(initial.json()).toMatchObject({ phone_country: null, default_phone_country: 'US' });
    expect(initial.json().phone_countries).toEqual(
      expect.arrayContaining([
        { code: 'US', calling_code: '1' },
        { code: 'JP', calling_code: '81' },
        { code: 'GB', calling_code: '44' },
      ]),
    );

    const lead = (await world.w.api.owner.post('/v2/leads', { last_name: 'Tanaka', phone: '03-1234-5678' })).json().data;
    const visitor = async () => (await findVisitorMatches({ db: world.t.db, account: world.w.account, actor: world.w.users.owner }, { phone: '+81 3 1234 5678' })).matches.map((m) => m.id);
    expect(await visitor()).toEqual([]);

    const saved = await put(admin, { phone_country: 'jp' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ phone_country: 'JP', default_phone_country: 'US' });
    expect(await stored()).toBe('JP');
    // Stored numbers are read again under the new country.
    expect(await visitor()).toEqual([lead.id]);

    const rep = await signedIn('rita@acme.test');
    expect((await rep.get(PATH)).json().phone_country).toBe('JP');

    const cleared = await put(admin, { phone_country: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().phone_country).toBe(null);
    expect(await visitor()).toEqual([]);
  });

  it('refuses an unknown country with a 422 naming the field, and changes nothing', async () => {
    const admin = await signedIn('owner@acme.test');
    expect((await put(admin, { phone_country: 'GB' })).statusCode).toBe(200);
    for (const phone_country of ['XX', 'Japan', 'J', 42]) {
      const res = await put(admin, { phone_country });
      expect(res.statusCode, JSON.stringify(phone_country)).toBe(422);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['phone_country']);
    }
    for (const body of [{}, { phone_country: 'JP', currency: 'JPY' }]) expect((await put(admin, body)).statusCode, JSON.stringify(body)).toBe(422);
    expect(await stored()).toBe('GB');
  });

  it('lets only Sell admins change it, only signed in, only with the security token', async () => {
    const rep = await signedIn('rita@acme.test');
    expect((await rep.get(PATH)).statusCode).toBe(200);
    const refused = await put(rep, { phone_country: 'JP' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');

    const agent = await signedIn('aiko@acme.test');
    expect((await agent.get(PATH)).statusCode).toBe(403);
    expect((await put(agent, { phone_country: 'JP' })).statusCode).toBe(403);

    const admin = await signedIn('owner@acme.test');
    const noToken = await admin.request('PUT', PATH, { phone_country: 'JP' }, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');

    const anonymous = new TestClient(world.t.app, world.w.host);
    expect((await anonymous.get(PATH)).statusCode).toBe(401);
    expect((await anonymous.request('PUT', PATH, { phone_country: 'JP' })).statusCode).toBe(401);
    // The Sell API's tokens do not reach the web app's own API.
    expect((await world.w.api.owner.request('PUT', PATH, { phone_country: 'JP' })).statusCode).toBe(401);
    expect(await stored()).toBe(null);
  });
});
