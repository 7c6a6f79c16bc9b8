import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { convertLead } from '../leads/convert-lead.ts';
import { convertLeadInputSchema } from '../leads/convert-lead-input.ts';
import { toLeadConversionView } from '../leads/lead-conversion-view.ts';
import { one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { recordId } from './record-id.ts';
import { bodyDocs } from './route-docs.ts';

const writable = Object.keys(convertLeadInputSchema.shape);

/** Our extension to the Sell API: convert a lead into a contact (and its organization) and, optionally, a deal. */
export async function leadConversionRoutes(app: FastifyInstance) {
  app.post('/leads/:id/convert', {
    config: { scope: 'write', resource: 'lead' },
    schema: bodyDocs('Leads', 'Convert a lead into a contact (with its organization) and, optionally, a deal', convertLeadInputSchema, true),
  }, async (request) => {
    const result = await convertLead(opContext(request), recordId(request.params), parseBody(request.body ?? { data: {} }, writable, []));
    return one('lead_conversion', toLeadConversionView(result));
  });
}
