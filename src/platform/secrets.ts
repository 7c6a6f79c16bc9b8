import crypto from 'node:crypto';

/** sha256 of a secret token: what the database keeps instead of the token itself. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}
