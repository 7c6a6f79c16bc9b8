import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../../platform/http/app-error.ts';

const MORE_INFO = '/v2/openapi.json';

/** The codes Sell API clients know, for each of our error codes. */
function sellCode(error: AppError): string {
  if (error.status === 401) return 'unauthorized';
  if (error.status === 404) return error.code === 'route_not_found' ? 'incorrect_path' : 'not_found';
  if (error.status === 429) return 'rate_limit_exceeded';
  if (error.status >= 500) return 'server_error';
  if (error.code === 'insufficient_scope' || error.code === 'invalid_param') return error.code;
  if (error.status === 403) return 'forbidden';
  return error.code;
}

function pointer(field: string): string {
  if (field === 'body' || field === 'data') return '/data';
  if (field.startsWith('/')) return field;
  return `/data/${field.replaceAll('.', '/')}`;
}

/**
 * The Sell API's error envelope: `errors[]` of `{error, meta}`, and `meta.logref` equal to the
 * X-Request-Id header, so every client library can read it.
 */
export function sendSellError(request: FastifyRequest, reply: FastifyReply, error: AppError, resource?: string) {
  const errors =
    error.status === 422 && error.fields?.length
      ? error.fields.map((f) => ({
          error: { code: f.code ?? 'incorrect_value', message: f.message, details: f.message, ...(resource ? { resource } : {}), field: pointer(f.field) },
          meta: { type: 'error', links: { more_info: MORE_INFO } },
        }))
      : error.code === 'invalid_param' && error.fields?.length
        ? error.fields.map((f) => ({ error: { code: 'invalid_param', message: error.message, details: f.message }, meta: { type: 'error', links: { more_info: MORE_INFO } } }))
        : [{ error: { code: sellCode(error), message: error.message, details: error.message }, meta: { type: 'error', links: { more_info: MORE_INFO } } }];
  if (error.headers) reply.headers(error.headers);
  return reply
    .status(error.status)
    .type('application/json; charset=utf-8')
    .send({
      errors,
      meta: { type: 'errors', http_status: `${error.status} ${STATUS_CODES[error.status] ?? ''}`.trim(), logref: String(request.id), links: { more_info: MORE_INFO } },
    });
}
