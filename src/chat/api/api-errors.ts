import type { FastifyError, FastifyInstance } from 'fastify';
import { toAppError } from '../../platform/http/error-envelope.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

/** Errors as Zendesk Chat's API writes them: `{"error": "Unauthorized", "description": "…"}`. */
export function useChatApiErrors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'chat api request failed');
    if (appError.headers) reply.headers(appError.headers);
    const fields = appError.fields?.map((f) => `${f.field}: ${f.message}`).join(' ');
    return reply.status(appError.status).send({
      error: TITLES[appError.status] ?? 'Internal Server Error',
      description: fields ? `${appError.message} ${fields}` : appError.message,
    });
  });
}
