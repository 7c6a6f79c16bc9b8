import { AppError } from '../../platform/http/app-error.ts';

/**
 * Unwraps `{"data": {...}}` (a sibling `meta` is accepted and ignored). Read-only fields a client
 * sends back from a GET are dropped; a key that is neither writable nor read-only is refused by name.
 */
export function parseBody(body: unknown, writable: readonly string[], readOnly: readonly string[]): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('data' in body)) {
    throw new AppError(400, 'bad_request', 'Wrap the attributes in an envelope: {"data": {...}}.');
  }
  const data = (body as { data: unknown }).data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'data', code: 'incorrect_value', message: 'data must be an object.' }]);
  }
  const kept: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (writable.includes(key)) kept[key] = value;
    else if (!readOnly.includes(key)) unknown.push(key);
  }
  if (unknown.length) {
    throw new AppError(
      422,
      'validation_failed',
      'Some fields are not valid.',
      unknown.map((key) => ({ field: key, code: 'unknown', message: `The attribute '${key}' is not a known attribute.` })),
    );
  }
  return kept;
}
