import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import type { Db } from '../db/connect.ts';
import { instanceSecretBox } from './instance-secret-box.ts';
import { secretBox } from './secret-box.ts';

describe('secret box', () => {
  it('opens what it sealed, never shows the plain text, and refuses tampering or another key', () => {
    const box = secretBox(crypto.randomBytes(32));
    const sealed = box.seal('refresh-token-123');
    expect(sealed).not.toContain('refresh-token-123');
    expect(box.seal('refresh-token-123')).not.toBe(sealed); // a fresh IV every time
    expect(box.open(sealed)).toBe('refresh-token-123');

    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[4]!, 'base64url');
    flipped[0]! ^= 1;
    parts[4] = flipped.toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => secretBox(crypto.randomBytes(32)).open(sealed)).toThrow(/another secrets key/);
  });

  describe('the instance key', () => {
    let db: Db;
    let dispose: () => Promise<void>;
    beforeEach(async () => ({ db, dispose } = await createTestDatabase()));
    afterEach(() => dispose());

    it('without SECRETS_KEY, generates one key once and keeps it in the database', async () => {
      const first = await instanceSecretBox(db, undefined);
      const second = await instanceSecretBox(db, undefined);
      expect(second.open(first.seal('kept'))).toBe('kept');
    });

    it('with SECRETS_KEY (hex or base64), uses that key', async () => {
      const key = crypto.randomBytes(32);
      const fromHex = await instanceSecretBox(db, key.toString('hex'));
      const fromBase64 = await instanceSecretBox(db, key.toString('base64'));
      expect(fromBase64.open(fromHex.seal('same key'))).toBe('same key');
      const generated = (await instanceSecretBox(db, undefined)).seal('x');
      expect(() => secretBox(key).open(generated)).toThrow(/another secrets key/);
    });
  });
});
