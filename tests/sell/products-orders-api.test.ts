import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sellDb } from '../../src/sell/sell-tables.ts';
import { makeSellWorld, type SellApiClient, type SellWorld } from '../support/sell-api.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

async function post(api: SellApiClient, path: string, data: Record<string, unknown>) {
  const res = await api.post(path, data);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

const firstError = (res: { json(): any }) => res.json().errors[0].error;
const names = (res: { json(): any }) => res.json().items.map((i: any) => i.data.name);

const iphone = { name: 'Phone X', sku: 'PX-1', description: 'A phone', cost: '700.50', prices: [{ amount: '1599.99', currency: 'usd' }, { amount: 1399, currency: 'EUR' }], max_discount: 20, max_markup: 10 };

describe('/v2/products', () => {
  it('creates, lists, retrieves, updates with its own response and destroys a product; amounts stay decimal strings', async () => {
    const created = await w.api.rep.post('/v2/products', iphone);
    expect(created.statusCode, created.body).toBe(200);
    const product = created.json();
    expect(product.meta).toEqual({ type: 'product' });
    expect(product.data).toMatchObject({
      name: 'Phone X',
      sku: 'PX-1',
      description: 'A phone',
      active: true,
      cost: '700.5',
      cost_currency: 'USD',
      prices: [
        { amount: '1599.99', currency: 'USD' },
        { amount: '1399', currency: 'EUR' },
      ],
      max_discount: 20,
      max_markup: 10,
    });
    expect(product.data.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const id = product.data.id;

    const list = (await w.api.outsider.get('/v2/products')).json();
    expect(list.meta).toMatchObject({ type: 'collection', count: 1 });
    expect(list.items).toEqual([{ data: product.data, meta: { type: 'product' } }]);
    expect((await w.api.outsider.get(`/v2/products/${id}`)).json().data).toEqual(product.data);

    // A PUT of exactly what GET returned succeeds and changes nothing but the stamp.
    const same = await w.api.rep.put(`/v2/products/${id}`, product.data);
    expect(same.statusCode, same.body).toBe(200);
    expect({ ...same.json().data, updated_at: null }).toEqual({ ...product.data, updated_at: null });

    // Prices sent replace the whole list; null puts defaults back.
    const changed = await w.api.manager.put(`/v2/products/${id}`, { ...product.data, prices: [{ amount: '10.10', currency: 'GBP' }], active: 'False', cost: null, max_markup: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().data).toMatchObject({ prices: [{ amount: '10.1', currency: 'GBP' }], active: false, cost: '0', max_markup: null, name: 'Phone X' });
    const partial = (await w.api.rep.put(`/v2/products/${id}`, { description: '' })).json().data;
    expect(partial).toMatchObject({ description: null, prices: [{ amount: '10.1', currency: 'GBP' }], sku: 'PX-1' });

    // Only Sell admins delete.
    const refused = await w.api.rep.delete(`/v2/products/${id}`);
    expect(refused.statusCode).toBe(403);
    expect(firstError(refused).code).toBe('forbidden');
    const destroyed = await w.api.owner.delete(`/v2/products/${id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.owner.get(`/v2/products/${id}`)).statusCode).toBe(404);
  });

  it('refuses bad values with 422 naming the field', async () => {
    const tooMuch = await w.api.rep.post('/v2/products', { ...iphone, max_discount: 101 });
    expect(tooMuch.statusCode).toBe(422);
    expect(firstError(tooMuch)).toMatchObject({ code: 'incorrect_value', field: '/data/max_discount', resource: 'product' });
    expect(tooMuch.json().meta.logref).toBeTruthy();

    expect(firstError(await w.api.rep.post('/v2/products', { sku: 'x' }))).toMatchObject({ code: 'blank', field: '/data/name' });
    expect(firstError(await w.api.rep.post('/v2/products', { name: 'x', cost: '1.999' })).field).toBe('/data/cost');
    expect(firstError(await w.api.rep.post('/v2/products', { name: 'x', prices: [{ amount: '1', currency: 'ZZZ' }] })).field).toBe('/data/prices/0/currency');
    const twice = await w.api.rep.post('/v2/products', { name: 'x', prices: [{ amount: '1', currency: 'USD' }, { amount: '2', currency: 'usd' }] });
    expect(firstError(twice).field).toBe('/data/prices/1/currency');
    const unknown = await w.api.rep.post('/v2/products', { name: 'x', colour: 'red' });
    expect(firstError(unknown)).toMatchObject({ code: 'unknown', field: '/data/colour' });
    // Java's client sends a sibling meta block; it is ignored.
    const withMeta = await w.api.rep.request('POST', '/v2/products', { data: { name: 'Meta' }, meta: { type: 'product' } });
    expect(withMeta.statusCode, withMeta.body).toBe(200);
  });

  it('filters by name, sku, active and ids, sorts, and refuses unknown parameters', async () => {
    const a = await post(w.api.rep, '/v2/products', { name: 'Alpha', sku: 'A-1' });
    const b = await post(w.api.rep, '/v2/products', { name: 'Beta', sku: 'B-1', active: false });
    await post(w.api.rep, '/v2/products', { name: 'Gamma', sku: 'C-1' });
    expect(names(await w.api.rep.get('/v2/products?name=alpha'))).toEqual(['Alpha']);
    expect(names(await w.api.rep.get('/v2/products?sku=B-1'))).toEqual(['Beta']);
    expect(names(await w.api.rep.get('/v2/products?active=False'))).toEqual(['Beta']);
    expect(names(await w.api.rep.get('/v2/products?active=TRUE&sort_by=name:desc'))).toEqual(['Gamma', 'Alpha']);
    expect(names(await w.api.rep.get(`/v2/products?ids=${a.id},${b.id}`))).toEqual(['Alpha', 'Beta']);
    expect(names(await w.api.rep.get(`/v2/products?ids=${a.id}&ids=${b.id}`))).toEqual(['Alpha', 'Beta']);
    const page2 = (await w.api.rep.get('/v2/products?per_page=2&page=2')).json();
    expect(page2.items.map((i: any) => i.data.name)).toEqual(['Gamma']);
    expect(page2.meta.links.prev_page).toContain('page=1');
    expect(page2.meta.links.next_page).toBeUndefined();
    expect((await w.api.rep.get('/v2/products?page=9')).json().items).toEqual([]);

    for (const query of ['unknown=param', 'per_page=200', 'active=maybe', 'sort_by=cost', 'owner=1']) {
      const bad = await w.api.rep.get(`/v2/products?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json().errors).toHaveLength(1);
      expect(firstError(bad).code).toBe('invalid_param');
    }
    expect((await w.api.rep.get(`/v2/products/${a.id}?x=1`)).statusCode).toBe(400);
  });

  it('needs a Sell seat, and another account sees none of them', async () => {
    const product = await post(w.api.rep, '/v2/products', { name: 'Ours' });
    expect((await w.api.agent.get('/v2/products')).statusCode).toBe(403);
    const other = await makeSellWorld(t, 'other');
    expect((await other.api.owner.get('/v2/products')).json().items).toEqual([]);
    expect((await other.api.owner.get(`/v2/products/${product.id}`)).statusCode).toBe(404);
    expect((await other.api.owner.put(`/v2/products/${product.id}`, { name: 'Theirs' })).statusCode).toBe(404);
    expect((await other.api.owner.delete(`/v2/products/${product.id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get(`/v2/products/${product.id}`)).json().data.name).toBe('Ours');
  });
});

describe('/v2/orders and line items', () => {
  async function dealOf(api: SellApiClient, name = 'Big deal') {
    return post(api, '/v2/deals', { name, value: '1000' });
  }

  it('creates, lists, retrieves, updates with its own response and destroys an order, with its line items', async () => {
    const deal = await dealOf(w.api.rep);
    const created = await w.api.rep.request('POST', '/v2/orders', { data: { deal_id: deal.id, discount: 5 }, meta: { type: 'order' } });
    expect(created.statusCode, created.body).toBe(200);
    const order = created.json();
    expect(order).toMatchObject({ meta: { type: 'order' }, data: { deal_id: deal.id, discount: 5 } });
    const id = order.data.id;
    expect((await w.api.rep.get('/v2/orders')).json().items).toEqual([{ data: order.data, meta: { type: 'order' } }]);
    expect((await w.api.rep.get(`/v2/orders?deal_id=${deal.id}`)).json().items).toHaveLength(1);
    expect((await w.api.rep.get(`/v2/orders/${id}`)).json().data).toEqual(order.data);

    const echoed = await w.api.rep.put(`/v2/orders/${id}`, { ...order.data, discount: '10' });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().data).toMatchObject({ id, deal_id: deal.id, discount: 10 });
    expect((await w.api.rep.put(`/v2/orders/${id}`, { discount: null })).json().data.discount).toBe(0);

    const product = await post(w.api.rep, '/v2/products', iphone);
    const item = await post(w.api.rep, `/v2/orders/${id}/line_items`, { product_id: product.id, currency: 'USD', quantity: 2, variation: '-10' });
    expect(item).toMatchObject({ product_id: product.id, name: 'Phone X', sku: 'PX-1', description: 'A phone', price: '1599.99', value: '1439.99', variation: '-10', currency: 'USD', quantity: 2 });
    expect((await w.api.rep.get(`/v2/orders/${id}/line_items/${item.id}`)).json()).toEqual({ data: item, meta: { type: 'line_item' } });
    expect((await w.api.rep.get(`/v2/orders/${id}/line_items`)).json().items).toEqual([{ data: item, meta: { type: 'line_item' } }]);

    const destroyed = await w.api.rep.delete(`/v2/orders/${id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.rep.get(`/v2/orders/${id}`)).statusCode).toBe(404);
    const left = await sellDb(t.db).selectFrom('sell_line_items').select('id').where('order_id', '=', id).execute();
    expect(left).toEqual([]);
    expect((await w.api.rep.get(`/v2/deals/${deal.id}`)).statusCode).toBe(200);
  });

  it('keeps one order per deal, and refuses a deal the rep cannot see', async () => {
    const deal = await dealOf(w.api.rep);
    const order = await post(w.api.rep, '/v2/orders', { deal_id: deal.id });
    expect(order.discount).toBe(0);
    const second = await w.api.manager.post('/v2/orders', { deal_id: deal.id });
    expect(second.statusCode).toBe(422);
    expect(firstError(second)).toMatchObject({ code: 'taken', field: '/data/deal_id', resource: 'order' });

    const hidden = await dealOf(w.api.outsider, 'Not yours');
    const refused = await w.api.rep.post('/v2/orders', { deal_id: hidden.id });
    expect(firstError(refused)).toMatchObject({ field: '/data/deal_id' });
    expect(firstError(await w.api.rep.post('/v2/orders', {}))).toMatchObject({ code: 'blank', field: '/data/deal_id' });
    expect(firstError(await w.api.rep.post('/v2/orders', { deal_id: deal.id, discount: 101 }))).toMatchObject({ code: 'incorrect_value', field: '/data/discount' });

    // Moving the order to a deal that already has one is refused too.
    const other = await dealOf(w.api.rep, 'Other');
    const otherOrder = await post(w.api.rep, '/v2/orders', { deal_id: other.id });
    expect(firstError(await w.api.rep.put(`/v2/orders/${otherOrder.id}`, { deal_id: deal.id })).field).toBe('/data/deal_id');
  });

  it('shows an order only to those who see its deal (A-3)', async () => {
    const deal = await dealOf(w.api.rep);
    const order = await post(w.api.rep, '/v2/orders', { deal_id: deal.id });
    const product = await post(w.api.rep, '/v2/products', iphone);
    const item = await post(w.api.rep, `/v2/orders/${order.id}/line_items`, { product_id: product.id, currency: 'EUR' });
    expect(item).toMatchObject({ price: '1399', value: '1399', variation: '0', quantity: 1 });

    expect((await w.api.manager.get(`/v2/orders/${order.id}`)).statusCode).toBe(200);
    expect((await w.api.manager.get('/v2/orders')).json().items).toHaveLength(1);
    expect((await w.api.outsider.get('/v2/orders')).json().items).toEqual([]);
    for (const res of [
      await w.api.outsider.get(`/v2/orders/${order.id}`),
      await w.api.outsider.put(`/v2/orders/${order.id}`, { discount: 1 }),
      await w.api.outsider.delete(`/v2/orders/${order.id}`),
      await w.api.outsider.get(`/v2/orders/${order.id}/line_items`),
      await w.api.outsider.post(`/v2/orders/${order.id}/line_items`, { product_id: product.id, currency: 'USD' }),
      await w.api.outsider.get(`/v2/orders/${order.id}/line_items/${item.id}`),
      await w.api.outsider.delete(`/v2/orders/${order.id}/line_items/${item.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(firstError(res).code).toBe('not_found');
    }

    const other = await makeSellWorld(t, 'other');
    expect((await other.api.owner.get('/v2/orders')).json().items).toEqual([]);
    expect((await other.api.owner.get(`/v2/orders/${order.id}`)).statusCode).toBe(404);
    expect((await other.api.owner.get(`/v2/orders/${order.id}/line_items/${item.id}`)).statusCode).toBe(404);
    expect((await other.api.owner.post('/v2/orders', { deal_id: deal.id })).statusCode).toBe(422);

    // Deleting the deal takes its order and line items with it.
    expect((await w.api.rep.delete(`/v2/deals/${deal.id}`)).statusCode).toBe(204);
    expect((await w.api.rep.get(`/v2/orders/${order.id}`)).statusCode).toBe(404);
  });

  it('line items: copied from the product, checked, filtered, deleted; never updated', async () => {
    const order = await post(w.api.rep, '/v2/orders', { deal_id: (await dealOf(w.api.rep)).id });
    const product = await post(w.api.rep, '/v2/products', iphone);
    const path = `/v2/orders/${order.id}/line_items`;

    const fixed = await post(w.api.rep, path, { product_id: product.id, currency: 'usd', value: 1500.5, variation: 5, quantity: '3' });
    expect(fixed).toMatchObject({ value: '1500.5', variation: '5', quantity: 3, price: '1599.99', currency: 'USD' });
    // The copy stays when the product changes.
    await w.api.rep.put(`/v2/products/${product.id}`, { name: 'Phone Y', prices: [{ amount: '1', currency: 'USD' }] });
    expect((await w.api.rep.get(`${path}/${fixed.id}`)).json().data).toMatchObject({ name: 'Phone X', price: '1599.99' });
    const cheap = await post(w.api.rep, path, { product_id: product.id, currency: 'USD', variation: '10' });
    expect(cheap).toMatchObject({ name: 'Phone Y', price: '1', value: '1.1' });

    expect(firstError(await w.api.rep.post(path, { product_id: product.id }))).toMatchObject({ code: 'blank', field: '/data/currency', resource: 'line_item' });
    expect(firstError(await w.api.rep.post(path, { currency: 'USD' }))).toMatchObject({ code: 'blank', field: '/data/product_id' });
    expect(firstError(await w.api.rep.post(path, { product_id: product.id, currency: 'JPY' })).field).toBe('/data/currency');
    expect(firstError(await w.api.rep.post(path, { product_id: product.id, currency: 'USD', variation: '-25' })).field).toBe('/data/variation');
    expect(firstError(await w.api.rep.post(path, { product_id: product.id, currency: 'USD', variation: '10.01' })).field).toBe('/data/variation');
    expect(firstError(await w.api.rep.post(path, { product_id: product.id, currency: 'USD', quantity: 0 })).field).toBe('/data/quantity');
    expect(firstError(await w.api.rep.post(path, { product_id: 999999, currency: 'USD' })).field).toBe('/data/product_id');
    await w.api.rep.put(`/v2/products/${product.id}`, { active: false });
    expect(firstError(await w.api.rep.post(path, { product_id: product.id, currency: 'USD' })).field).toBe('/data/product_id');

    expect((await w.api.rep.get(`${path}?quantity=3`)).json().items.map((i: any) => i.data.id)).toEqual([fixed.id]);
    expect((await w.api.rep.get(`${path}?value=1500.50`)).json().items.map((i: any) => i.data.id)).toEqual([fixed.id]);
    expect((await w.api.rep.get(`${path}?sort_by=id:desc`)).json().items.map((i: any) => i.data.id)).toEqual([cheap.id, fixed.id]);
    for (const query of ['value=abc', 'quantity=x', 'product_id=1', 'unknown=param']) {
      const bad = await w.api.rep.get(`${path}?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(firstError(bad).code).toBe('invalid_param');
    }
    expect((await w.api.rep.put(`${path}/${fixed.id}`, { quantity: 1 })).statusCode).toBe(405);

    const removed = await w.api.rep.delete(`${path}/${fixed.id}`);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await w.api.rep.get(`${path}/${fixed.id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get(path)).json().items).toHaveLength(1);
    // A line item is reached only through its own order.
    const otherOrder = await post(w.api.rep, '/v2/orders', { deal_id: (await dealOf(w.api.rep, 'Second')).id });
    expect((await w.api.rep.get(`/v2/orders/${otherOrder.id}/line_items/${cheap.id}`)).statusCode).toBe(404);
  });
});
