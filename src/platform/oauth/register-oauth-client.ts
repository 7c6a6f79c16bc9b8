import crypto from 'node:crypto';
import { z } from 'zod';
import { nowIso } from '../db/time.ts';
import type { Executor } from '../db/transaction.ts';
import { hashToken, newToken } from '../secrets.ts';
import { toOAuthClient, type OAuthClient } from './oauth-client.ts';
import { insertOAuthClient } from './oauth-clients.repo.ts';

/** http(s), or a native app's private-use scheme (com.example.app:/callback, RFC 8252); never a fragment. */
const redirectUriSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    const schemeOk = url.protocol === 'https:' || url.protocol === 'http:' || /^[a-z][a-z0-9+-]*(\.[a-z0-9+-]+)+:$/.test(url.protocol);
    return schemeOk && !value.includes('#');
  } catch {
    return false;
  }
}, 'Give an absolute https:// (or http://) address without a #fragment.');

export const registerOAuthClientSchema = z.object({
  name: z.string().trim().min(1, 'Name the application: users see this name when they authorize it.').max(100),
  redirectUris: z.array(redirectUriSchema).min(1, 'Give at least one redirect URI.').max(10),
  /** A public client (a browser or mobile app that cannot keep a secret) gets no secret and must use PKCE. */
  public: z.boolean().default(false),
});

/**
 * Registers an OAuth client in one account. Its secret (confidential clients only) is answered this
 * once and stored hashed.
 */
export async function registerOAuthClient(
  db: Executor,
  accountId: number,
  input: z.input<typeof registerOAuthClientSchema>,
): Promise<{ client: OAuthClient; secret: string | null }> {
  const { name, redirectUris, public: isPublic } = registerOAuthClientSchema.parse(input);
  const secret = isPublic ? null : newToken();
  const row = await insertOAuthClient(db, {
    account_id: accountId,
    client_id: crypto.randomBytes(16).toString('hex'),
    name,
    secret_hash: secret === null ? null : hashToken(secret),
    redirect_uris: JSON.stringify([...new Set(redirectUris)]),
    created_at: nowIso(),
  });
  return { client: toOAuthClient(row), secret };
}
