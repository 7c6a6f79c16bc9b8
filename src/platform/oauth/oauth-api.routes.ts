import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { opContext } from '../http/op-context.ts';
import { idParams } from '../http/schemas.ts';
import { authorizationParamsSchema } from './authorization-request.ts';
import { authorizationDecisionSchema, decideAuthorization } from './decide-authorization.ts';
import { describeAuthorization } from './describe-authorization.ts';
import { listOwnGrants } from './list-own-grants.ts';
import { revokeGrant } from './revoke-grant.ts';

/** The web app's side of OAuth (session; writes need the CSRF token): the dialog and Authorized apps. */
export async function oauthApiRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/oauth/authorization', { schema: { querystring: authorizationParamsSchema } }, async (request) =>
    describeAuthorization(opContext(request), request.query),
  );

  app.post('/api/oauth/authorization', { schema: { body: authorizationDecisionSchema } }, async (request) =>
    decideAuthorization(opContext(request), fastify.config, request.body),
  );

  app.get('/api/oauth/grants', async (request) => ({ grants: await listOwnGrants(opContext(request)) }));

  app.delete('/api/oauth/grants/:id', { schema: { params: idParams } }, async (request, reply) => {
    await revokeGrant(opContext(request), request.params.id);
    return reply.status(204).send();
  });
}
