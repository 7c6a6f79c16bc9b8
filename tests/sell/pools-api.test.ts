import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deactivateUser } from '../../src/platform/identity/deactivate-user.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { makeSellWorld, type SellWorld } from '../support/sell-api.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

async function makePool(memberIds: number[], resourceType = 'lead') {
  const res = await w.api.owner.post('/v2/pools', { name: `Inbound ${resourceType}`, resource_type: resourceType, member_ids: memberIds });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

const ownerOfNewLead = async (poolId: number) => (await w.api.owner.post('/v2/leads', { last_name: 'Pooled', pool_id: poolId })).json().data.owner_id;

describe('distribution pools (A-4, B-4)', () => {
  it('deal records round robin, skip deactivated members and say why', async () => {
    const { rep, rep2, outsider } = w.users;
    const pool = await makePool([rep.id, rep2.id, outsider.id]);
    expect(pool).toMatchObject({ resource_type: 'lead', next_user_id: rep.id, members: [{ user_id: rep.id, position: 0 }, { user_id: rep2.id }, { user_id: outsider.id }] });
    expect([await ownerOfNewLead(pool.id), await ownerOfNewLead(pool.id), await ownerOfNewLead(pool.id), await ownerOfNewLead(pool.id)]).toEqual([
      rep.id,
      rep2.id,
      outsider.id,
      rep.id,
    ]);
    await deactivateUser({ db: t.db, account: w.account, actor: null }, rep2.id);
    expect(await ownerOfNewLead(pool.id)).toBe(outsider.id);
    const picks = (await w.api.rep.get(`/v2/pools/${pool.id}/picks`)).json().items.map((i: any) => i.data);
    expect(picks[0]).toMatchObject({ user_id: outsider.id, user_name: 'Omar', reason: 'next in rotation; Ravi skipped: deactivated', resource_type: 'lead' });
    expect(picks[0].resource_id).toEqual(expect.any(Number));
    expect(picks).toHaveLength(5);
    await t.app.events.drain();
    const feed = (await w.api.owner.get(`/v2/leads/${picks[0].resource_id}/feed`)).json().items;
    expect(feed[0].data.data.ownerReason).toBe('next in rotation; Ravi skipped: deactivated');
  });

  it('shares one rotation between concurrent requests', async () => {
    const { rep, rep2, outsider } = w.users;
    const pool = await makePool([rep.id, rep2.id, outsider.id]);
    const owners = await Promise.all(Array.from({ length: 9 }, () => ownerOfNewLead(pool.id)));
    const counts = [rep.id, rep2.id, outsider.id].map((id) => owners.filter((o) => o === id).length);
    expect(counts).toEqual([3, 3, 3]);
  });

  it('reassigns an existing lead through a pool, and keeps the rotation when members change', async () => {
    const { rep, rep2, outsider, manager } = w.users;
    const pool = await makePool([rep.id, rep2.id]);
    const lead = (await w.api.owner.post('/v2/leads', { last_name: 'Move me' })).json().data;
    expect((await w.api.owner.put(`/v2/leads/${lead.id}`, { pool_id: pool.id })).json().data.owner_id).toBe(rep.id);
    const updated = (await w.api.owner.put(`/v2/pools/${pool.id}`, { member_ids: [manager.id, rep2.id, outsider.id] })).json().data;
    expect(updated.next_user_id).toBe(rep2.id);
    expect(await ownerOfNewLead(pool.id)).toBe(rep2.id);
    expect(await ownerOfNewLead(pool.id)).toBe(outsider.id);
    expect(await ownerOfNewLead(pool.id)).toBe(manager.id);
  });

  it('refuses pools of the wrong kind, empty pools, both owner and pool, bad members and non-admins', async () => {
    const dealPool = await makePool([w.users.rep.id], 'deal');
    expect((await w.api.owner.post('/v2/leads', { last_name: 'X', pool_id: dealPool.id })).json().errors[0].error.field).toBe('/data/pool_id');
    const empty = await makePool([]);
    expect((await w.api.owner.post('/v2/leads', { last_name: 'X', pool_id: empty.id })).json().errors[0].error.message).toMatch(/no active member/);
    expect((await w.api.owner.post('/v2/leads', { last_name: 'X', pool_id: empty.id, owner_id: w.users.rep.id })).statusCode).toBe(422);
    expect((await w.api.owner.post('/v2/pools', { name: 'Agents', resource_type: 'lead', member_ids: [w.users.agent.id] })).statusCode).toBe(422);
    expect((await w.api.rep.post('/v2/pools', { name: 'Mine', resource_type: 'lead', member_ids: [] })).statusCode).toBe(403);
    expect((await w.api.rep.get('/v2/leads')).json().items).toEqual([]);
  });
});
