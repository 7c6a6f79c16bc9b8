import { isApiError } from '../../../ui/ApiError';
import type { AccessRefusal } from './cardTypes';

/** An access refusal (403 with `details.fix`, docs/sell-chat.md) as the card explains it; null for any other error. */
export function refusalOf(error: unknown): (AccessRefusal & { installationId: number | null }) | null {
  if (!isApiError(error) || error.status !== 403 || typeof error.details?.fix !== 'string') return null;
  const installationId = typeof error.details.installationId === 'number' ? error.details.installationId : null;
  return { code: error.code, message: error.message, fix: error.details.fix, installationId };
}
