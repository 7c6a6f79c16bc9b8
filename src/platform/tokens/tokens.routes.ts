import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { opContext } from '../http/op-context.ts';
import { idParams } from '../http/schemas.ts';
import { listPersonalTokens } from './access-tokens.repo.ts';
import { createPersonalToken, createPersonalTokenSchema } from './create-personal-token.ts';
import { revokePersonalToken } from './revoke-personal-token.ts';
import { toTokenView } from './token-view.ts';

/** The signed-in user's personal access tokens (Sell > Settings > API tokens). */
export async function tokenRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/tokens', async (request) => ({
    tokens: (await listPersonalTokens(fastify.db.kysely, request.account!.id, request.actor!.id)).map(toTokenView),
  }));

  app.post('/api/tokens', { schema: { body: createPersonalTokenSchema } }, async (request) => {
    const { token, row } = await createPersonalToken(opContext(request), request.body);
    return { token: toTokenView(row), secret: token };
  });

  app.delete('/api/tokens/:id', { schema: { params: idParams } }, async (request, reply) => {
    await revokePersonalToken(opContext(request), request.params.id);
    return reply.status(204).send();
  });
}
