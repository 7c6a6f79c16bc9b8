import crypto from 'node:crypto';

/** A PKCE pair (RFC 7636, S256): the verifier stays on the server, the challenge goes in the authorize URL. */
export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = crypto.randomBytes(32).toString('base64url');
  return { verifier, challenge: crypto.createHash('sha256').update(verifier).digest('base64url') };
}
