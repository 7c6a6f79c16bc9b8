import type { Db } from '../db/connect.ts';
import { deleteSession } from './sessions.repo.ts';

export async function signOut(db: Db, tokenHash: string): Promise<void> {
  await deleteSession(db.kysely, tokenHash);
}
