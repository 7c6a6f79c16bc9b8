import { ApiError } from '../../ui/ApiError';
import { sendJson } from '../../ui/api';
import type { FieldError } from '../../ui/types';

export type SellMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface SellErrorItem {
  error?: { code?: unknown; message?: unknown; details?: unknown; field?: unknown };
}

interface SellErrorEnvelope {
  errors?: SellErrorItem[];
  meta?: { logref?: unknown };
}

/** "/data/custom_fields/Budget" → "custom_fields.Budget": the path of that input in a form. */
export function pointerToFieldPath(pointer: string): string {
  return pointer
    .replace(/^\/data\/?/, '')
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : null;
}

/** The Sell API's codes, turned into the ones the rest of the web app already understands. */
function appCode(status: number, code: string, message: string): string {
  if (status === 401) return 'unauthenticated';
  // The Sell envelope reports a missing CSRF token as a plain 403; its message tells them apart.
  if (status === 403 && /security token/i.test(message)) return 'csrf_failed';
  if (status === 403 && code !== 'insufficient_scope') return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 422) return 'validation_failed';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal';
  return code;
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let envelope: SellErrorEnvelope | null = null;
  try {
    envelope = (await response.json()) as SellErrorEnvelope;
  } catch {
    envelope = null;
  }
  const items = (envelope?.errors ?? []).map((item) => item.error ?? {});
  const first = items[0];
  const code = typeof first?.code === 'string' ? first.code : 'unknown';
  const message = typeof first?.message === 'string' ? first.message : response.statusText || 'Request failed.';
  const fields: FieldError[] = items.flatMap((item) =>
    typeof item.field === 'string'
      ? [{ field: pointerToFieldPath(item.field), message: String(item.details ?? item.message ?? '') }]
      : [],
  );
  return new ApiError({
    status: response.status,
    code: appCode(response.status, code, message),
    message: response.status === 422 && fields.length > 0 ? 'Some fields are not valid.' : message,
    fields,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    requestId: typeof envelope?.meta?.logref === 'string' ? envelope.meta.logref : null,
  });
}

/** One call to the Sell API v2 with the session cookie; writes carry the CSRF token. */
export function sellRequest<T>(method: SellMethod, path: string, csrfToken: string, body?: unknown): Promise<T> {
  return sendJson<T>(method, path, body, csrfToken, errorFromResponse);
}
