import { describe, expect, it } from 'vitest';
import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('s3cret-pass');
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('s3cret-pass');
    expect(await verifyPassword('s3cret-pass', hash)).toBe(true);
    expect(await verifyPassword('s3cret-pasS', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toEqual(await hashPassword('same'));
  });

  it('never matches the placeholder used for unknown emails', async () => {
    expect(await verifyPassword('', UNUSABLE_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword('anything', UNUSABLE_PASSWORD_HASH)).toBe(false);
  });
});
