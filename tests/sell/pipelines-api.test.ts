import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSellWorld, type SellWorld } from '../support/sell-api.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

const names = (body: any) => body.items.map((i: any) => i.data.name);

describe('/v2/pipelines and /v2/stages', () => {
  it('lists the account’s pipeline and its stages, read-only', async () => {
    const pipelines = (await w.api.rep.get('/v2/pipelines')).json();
    expect(pipelines.meta).toMatchObject({ type: 'collection', count: 1 });
    const pipeline = pipelines.items[0];
    expect(pipeline.meta).toEqual({ type: 'pipeline' });
    expect(pipeline.data).toEqual({ id: expect.any(Number), name: 'Sales Pipeline', disabled: false, created_at: expect.stringMatching(/Z$/), updated_at: expect.stringMatching(/Z$/) });
    expect((await w.api.rep.get('/v2/pipelines?name=sales%20pipeline')).json().items).toHaveLength(1);
    expect((await w.api.rep.get(`/v2/pipelines?ids=${pipeline.data.id}`)).json().items).toHaveLength(1);
    expect((await w.api.rep.get('/v2/pipelines?name=Other')).json().items).toEqual([]);

    const stages = (await w.api.rep.get('/v2/stages')).json();
    expect(names(stages)).toEqual(['Incoming', 'Qualified', 'Quote', 'Closure', 'Won', 'Lost', 'Unqualified']);
    expect(stages.items[0]).toEqual({
      data: {
        id: expect.any(Number),
        name: 'Incoming',
        category: 'incoming',
        active: true,
        likelihood: 10,
        position: 1,
        pipeline_id: pipeline.data.id,
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      },
      meta: { type: 'stage' },
    });
    expect(names((await w.api.rep.get(`/v2/stages?pipeline_id=${pipeline.data.id}&active=True&sort_by=position:desc&per_page=2`)).json())).toEqual([
      'Unqualified',
      'Lost',
    ]);
    expect((await w.api.rep.get('/v2/stages?name=won')).json().items.map((i: any) => i.data.category)).toEqual(['won']);
    expect((await w.api.rep.get('/v2/stages?active=false')).json().items).toEqual([]);

    for (const url of ['/v2/pipelines?unknown=param', '/v2/stages?active=maybe', '/v2/stages?sort_by=category', '/v2/stages?pipeline_id=x']) {
      const res = await w.api.rep.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].error.code).toBe('invalid_param');
    }
    expect((await w.api.owner.post('/v2/pipelines', { name: 'New' })).statusCode).toBe(405);
    expect((await w.api.owner.post('/v2/stages', { name: 'New' })).statusCode).toBe(405);
    expect((await w.api.agent.get('/v2/stages')).statusCode).toBe(403);
  });

  it('keeps accounts apart', async () => {
    const other = await makeSellWorld(t, 'other');
    const theirs = (await other.api.owner.get('/v2/pipelines')).json().items[0].data.id;
    const ours = (await w.api.owner.get('/v2/pipelines')).json().items[0].data.id;
    expect(theirs).not.toBe(ours);
    expect((await w.api.owner.get(`/v2/pipelines?ids=${theirs}`)).json().items).toEqual([]);
    expect((await w.api.owner.get(`/v2/stages?pipeline_id=${theirs}`)).json().items).toEqual([]);
    expect((await w.api.owner.get('/v2/stages')).json().items.every((i: any) => i.data.pipeline_id === ours)).toBe(true);
  });
});
