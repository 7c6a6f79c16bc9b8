import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPage } from '../../platform/http/web-app.routes.ts';
import type { MarketplaceServices } from '../marketplace-context.ts';
import { finishSignIn } from '../oauth/finish-sign-in.ts';
import { CALLBACK_PATH } from '../oauth/prepare-sign-in.ts';

const callbackQuery = z.object({
  code: z.string().max(512).optional(),
  state: z.string().max(512).optional(),
  error: z.string().max(100).optional(),
  error_description: z.string().max(1000).optional(),
});

/** Where the Authorize application dialog sends the browser back with the code (a page, not an API). */
export function oauthCallbackRoutes(services: MarketplaceServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(CALLBACK_PATH, { config: { access: 'account' }, schema: { querystring: callbackQuery } }, async (request, reply) => {
      const outcome = await finishSignIn(services, request.account!, request.actor, request.host, request.query);
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      if (outcome.kind === 'redirect') return reply.redirect(outcome.location, 303);
      return sendPage(reply, outcome.status, outcome.title, outcome.message);
    });
  };
}
