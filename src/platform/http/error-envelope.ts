import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type FieldError } from './app-error.ts';

type Envelope = { error: { code: string; message: string; fields?: FieldError[]; details?: Record<string, unknown> }; requestId: string };

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const body: Envelope = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
    requestId: String(request.id),
  };
  if (error.headers) reply.headers(error.headers);
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

/** Maps every failure — ours, Fastify's, zod's — onto one JSON envelope with a stable code. */
export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    // An operation's own input check (operations validate too: the CLI and other callers skip routes).
    const fields = error.issues.map((i) => ({
      field: i.path.map(String).join('.') || 'body',
      message: i.message,
      code: i.code === 'unrecognized_keys' ? 'unknown' : i.code === 'invalid_type' && i.input === undefined ? 'blank' : 'incorrect_value',
    }));
    return new AppError(422, 'validation_failed', 'Some fields are not valid.', fields);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const fields = error.validation.map((v) => ({
      field: fieldPath(v.instancePath, context),
      message: v.message ?? 'Invalid value.',
    }));
    return new AppError(422, 'validation_failed', 'Some fields are not valid.', fields);
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'payload_too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'unsupported_media_type', 'Send the request body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'bad_request', 'The Content-Length header does not match the body.');
  }
  if (fastifyError.statusCode === 429) {
    return new AppError(429, 'rate_limited', fastifyError.message || 'Too many requests. Try again later.');
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError(fastifyError.statusCode, 'bad_request', fastifyError.message);
  }
  return new AppError(500, 'internal', 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator the request id.');
}

function fieldPath(instancePath: string, context: string): string {
  const trimmed = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (context === 'body') return trimmed || 'body';
  return trimmed ? `${context}.${trimmed}` : context;
}

export function registerErrorEnvelope(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, appError.message);
    return sendError(request, reply, appError);
  });
}
