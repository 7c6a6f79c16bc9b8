import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../platform/http/schemas.ts';
import { checkApp, getApp, listApps } from '../catalog/list-apps.ts';
import { createInstallation, createInstallationSchema } from '../installations/create-installation.ts';
import { deleteInstallation } from '../installations/delete-installation.ts';
import { getInstallation, listInstallations } from '../installations/list-installations.ts';
import { reauthorizeInstallation } from '../installations/reauthorize-installation.ts';
import { setInstallationEnabled } from '../installations/set-installation-enabled.ts';
import { updateInstallationSettings } from '../installations/update-installation-settings.ts';
import { listLocationApps } from '../locations/list-location-apps.ts';
import { hostedLocations } from '../manifest/manifest-schema.ts';
import type { MarketplaceServices } from '../marketplace-context.ts';
import { proxyAppRequest } from '../proxy/proxy-app-request.ts';
import { proxyRequestSchema } from '../proxy/proxy-input.ts';
import { requestMarketplaceContext } from './request-marketplace-context.ts';

const appParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not an app id.') });
const settingsBody = z.strictObject({ settings: z.record(z.string(), z.unknown()) });

/** The Marketplace's internal API (session; writes need X-CSRF-Token), as docs/marketplace.md lists it. */
export function marketplaceRoutes(services: MarketplaceServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const ctx = (request: Parameters<typeof requestMarketplaceContext>[1]) => requestMarketplaceContext(services, request);
    const base = '/api/marketplace';

    app.get(`${base}/apps`, async (request) => ({ apps: await listApps(ctx(request)) }));
    app.get(`${base}/apps/:id`, { schema: { params: appParams } }, async (request) => getApp(ctx(request), request.params.id));
    app.post(
      `${base}/apps/:id/check`,
      { schema: { params: appParams, body: z.strictObject({ subdomain: z.string().max(63).optional() }).default({}) } },
      async (request) => checkApp(ctx(request), request.params.id, request.body.subdomain),
    );

    app.post(`${base}/installations`, { schema: { body: createInstallationSchema } }, async (request) => createInstallation(ctx(request), request.body));
    app.get(
      `${base}/installations`,
      { schema: { querystring: z.object({ product: z.enum(['chat', 'sell']).optional() }) } },
      async (request) => ({ installations: await listInstallations(ctx(request), request.query.product) }),
    );
    app.get(`${base}/installations/:id`, { schema: { params: idParams } }, async (request) => ({
      installation: await getInstallation(ctx(request), request.params.id),
    }));
    app.patch(`${base}/installations/:id`, { schema: { params: idParams, body: z.strictObject({ enabled: z.boolean() }) } }, async (request) => ({
      installation: await setInstallationEnabled(ctx(request), request.params.id, request.body.enabled),
    }));
    app.put(`${base}/installations/:id/settings`, { schema: { params: idParams, body: settingsBody } }, async (request) => ({
      installation: await updateInstallationSettings(ctx(request), request.params.id, request.body.settings),
    }));
    app.post(`${base}/installations/:id/authorize`, { schema: { params: idParams } }, async (request) =>
      reauthorizeInstallation(ctx(request), request.params.id),
    );
    app.delete(`${base}/installations/:id`, { schema: { params: idParams } }, async (request, reply) => {
      await deleteInstallation(ctx(request), request.params.id);
      return reply.status(204).send();
    });
    app.post(`${base}/installations/:id/requests`, { schema: { params: idParams, body: proxyRequestSchema } }, async (request) =>
      proxyAppRequest(ctx(request), request.params.id, request.body),
    );

    app.get(`${base}/locations/:location`, { schema: { params: z.object({ location: z.enum(hostedLocations) }) } }, async (request) => ({
      apps: await listLocationApps(ctx(request), request.params.location),
    }));
  };
}
