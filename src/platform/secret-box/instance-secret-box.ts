import crypto from 'node:crypto';
import type { Db } from '../db/connect.ts';
import { nowIso } from '../db/time.ts';
import { findInstanceKey, insertInstanceKeyIfMissing } from './instance-keys.repo.ts';
import { decodeSecretsKey, secretBox, type SecretBox } from './secret-box.ts';

const KEY_NAME = 'secrets_key';

/**
 * The instance's secret box: keyed by SECRETS_KEY when set; otherwise by a random key generated once
 * and kept in the database, so every node (and the command line) of one install shares it.
 */
export async function instanceSecretBox(db: Db, configuredKey: string | undefined): Promise<SecretBox> {
  if (configuredKey) return secretBox(decodeSecretsKey(configuredKey));
  let stored = await findInstanceKey(db.kysely, KEY_NAME);
  if (!stored) {
    await insertInstanceKeyIfMissing(db.kysely, KEY_NAME, crypto.randomBytes(32).toString('base64'), nowIso());
    stored = await findInstanceKey(db.kysely, KEY_NAME);
  }
  if (!stored) throw new Error('The instance secrets key could not be stored.');
  return secretBox(Buffer.from(stored, 'base64'));
}
