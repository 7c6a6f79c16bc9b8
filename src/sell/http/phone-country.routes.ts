import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { opContext } from '../../platform/http/op-context.ts';
import { getPhoneCountrySetting, phoneCountrySettingView } from '../matching/get-phone-country-setting.ts';
import { setPhoneCountry } from '../matching/set-phone-country.ts';

const phoneCountryBody = z.object({ phone_country: z.string().max(10).nullable() }).strict();

/**
 * Sell > Settings > Phone numbers (the web app's internal API, not the Sell API): every Sell user reads
 * the country whose numbering plan reads numbers written without "+"; only a Sell admin changes it.
 */
export async function phoneCountryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/sell/settings/phone-country', async (request) => getPhoneCountrySetting(opContext(request)));

  app.put('/api/sell/settings/phone-country', { schema: { body: phoneCountryBody } }, async (request) => {
    const saved = await setPhoneCountry(opContext(request), request.body.phone_country);
    return phoneCountrySettingView(saved.phone_country);
  });
}
