import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { getSellAccount } from '../account/get-sell-account.ts';
import { sellContext } from '../sell-context.ts';
import { getSellUser } from '../users/get-sell-user.ts';
import { listSellUsers } from '../users/list-sell-users.ts';
import { toSellUserView } from '../users/sell-user-view.ts';
import { many, one } from './envelopes.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { idDocs, listDocs, plainDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    email: { column: 'email', kind: 'string' },
    name: { column: 'name', kind: 'string' },
    role: { column: 'role', kind: 'string' },
    status: { column: 'status', kind: 'string' },
    confirmed: { column: 'confirmed', kind: 'bool' },
  },
  sortable: ['id', 'name', 'email', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};

/** Users and the account: what the `profile` scope reads. */
export async function userRoutes(app: FastifyInstance) {
  const profile = { scope: 'profile', resource: 'user' } as const;

  app.get('/users', { config: profile, schema: listDocs('Users', 'List Sell users', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listSellUsers(opContext(request), list);
    return many(request, 'user', items.map(toSellUserView), list.page, list.perPage, hasMore);
  });

  app.get('/users/self', { config: profile, schema: plainDocs('Users', 'The user the token acts for') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    const ctx = await sellContext(opContext(request));
    return one('user', toSellUserView(ctx.actor));
  });

  app.get('/users/:id', { config: profile, schema: idDocs('Users', 'Retrieve a user') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('user', toSellUserView(await getSellUser(opContext(request), recordId(request.params))));
  });

  app.get('/accounts/self', { config: { scope: 'profile', resource: 'account' }, schema: plainDocs('Account', 'The account') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('account', await getSellAccount(opContext(request)));
  });
}
