import { AppError } from '../../platform/http/app-error.ts';
import { hashToken } from '../../platform/secrets.ts';

const KEY = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The widget makes a random key once per browser (e.g. crypto.randomUUID()) and keeps it in
 * localStorage; it is the visitor's only credential, so only its hash is stored.
 */
export function visitorKeyHash(key: unknown): string {
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new AppError(401, 'invalid_visitor_key', 'Send a visitor key of 20 to 100 letters, digits, - or _ (for example crypto.randomUUID()).');
  }
  return hashToken(key);
}
