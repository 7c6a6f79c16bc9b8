import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { opContext } from '../http/op-context.ts';
import { updateAccountSchema } from './account-input.ts';
import { toAccountView } from './account-view.ts';
import { migrateSellToPlatform } from './migrate-sell-to-platform.ts';
import { updateAccountSettings } from './update-account-settings.ts';

export async function accountRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify;

  app.get('/api/account', async (request) => ({ account: await toAccountView(db.kysely, request.account!) }));

  app.patch('/api/account', { schema: { body: updateAccountSchema } }, async (request) => ({
    account: await toAccountView(db.kysely, await updateAccountSettings(opContext(request), request.body)),
  }));

  app.post('/api/account/sell/migrate', async (request) => ({
    account: await toAccountView(db.kysely, await migrateSellToPlatform(opContext(request))),
  }));
}
