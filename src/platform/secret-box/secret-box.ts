import crypto from 'node:crypto';

/** Encrypts short secrets (tokens, app settings) for storage; what it seals only it can open. */
export type SecretBox = {
  seal(plain: string): string;
  open(sealed: string): string;
};

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * AES-256-GCM with a random IV per value. A sealed value reads `v1.<key id>.<iv>.<tag>.<ciphertext>`:
 * the key id (a fingerprint, not the key) makes "opened with another key" a clear error instead of
 * a failed authentication tag.
 */
export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secrets key must be 32 bytes.');
  const keyId = crypto.createHash('sha256').update(key).digest('base64url').slice(0, 8);
  return {
    seal(plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, id, iv, tag, data] = sealed.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || data === undefined) {
        throw new Error('This value was not sealed by Tandem.');
      }
      if (id !== keyId) throw new Error('This value was sealed with another secrets key (was SECRETS_KEY changed?).');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** SECRETS_KEY as the configuration accepts it: 64 hex digits or 44 characters of base64. */
export function decodeSecretsKey(text: string): Buffer {
  return Buffer.from(text, /^[0-9a-fA-F]{64}$/.test(text) ? 'hex' : 'base64');
}
