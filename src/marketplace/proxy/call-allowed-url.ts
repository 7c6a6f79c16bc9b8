import { AppError } from '../../platform/http/app-error.ts';
import { fillSettings, fillSettingsDeep, scrubSecrets } from './fill-settings.ts';
import type { ProxyRequest, ProxyResponse } from './proxy-input.ts';
import { decodeBody } from './response-body.ts';

const TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 1024 * 1024;
/** Headers the server sets itself, or that would carry the browser's identity. */
const DROPPED_HEADERS = new Set(['host', 'cookie', 'content-length', 'connection', 'transfer-encoding', 'keep-alive', 'upgrade', 'te', 'trailer']);

/**
 * A request to one of the app's allowed URLs, with `{{settings.NAME}}` filled in here on the server.
 * Redirects are not followed (they could lead outside the allowed URLs); the app sees the 3xx.
 */
export async function callAllowedUrl(
  request: ProxyRequest & { url: URL },
  settings: { values: Record<string, string>; secrets: string[] },
): Promise<ProxyResponse> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (DROPPED_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('x-forwarded-')) continue;
    headers.set(name, fillSettings(value, settings.values, `headers.${name}`));
  }
  const target = new URL(request.url);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const item of [value].flat()) target.searchParams.append(key, fillSettings(String(item), settings.values, `query.${key}`));
  }
  let body: string | undefined;
  if (request.body !== undefined && request.method !== 'GET') {
    const filled = fillSettingsDeep(request.body, settings.values, 'body');
    body = typeof filled === 'string' ? filled : JSON.stringify(filled);
    if (typeof filled !== 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  }

  let response: Response;
  try {
    response = await fetch(target, { method: request.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new AppError(502, 'app_request_failed', timedOut ? `${target.origin} did not answer within ${TIMEOUT_MS / 1000} seconds.` : `${target.origin} could not be reached.`);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  const bytes = declared > MAX_RESPONSE_BYTES ? null : Buffer.from(await response.arrayBuffer());
  if (!bytes || bytes.length > MAX_RESPONSE_BYTES) {
    throw new AppError(502, 'app_response_too_large', `The answer of ${target.origin} is larger than ${MAX_RESPONSE_BYTES / 1024} KB.`);
  }
  const text = scrubSecrets(bytes.toString('utf8'), settings.secrets);
  return { status: response.status, body: decodeBody(text, response.headers.get('content-type') ?? undefined) };
}
