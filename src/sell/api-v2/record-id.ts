import { AppError } from '../../platform/http/app-error.ts';

/** `/v2/leads/abc` names no record: 404, as for an id that does not exist. */
export function recordId(params: unknown, name = 'id'): number {
  const text = String((params as Record<string, unknown>)[name] ?? '');
  if (!/^\d{1,15}$/.test(text) || Number(text) < 1) throw new AppError(404, 'not_found', 'No record has that id.');
  return Number(text);
}
