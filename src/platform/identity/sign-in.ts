import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { AppError } from '../http/app-error.ts';
import type { AccountRow } from '../accounts/accounts.repo.ts';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from './password.ts';
import { startSession } from './start-session.ts';
import { findUserByEmail } from './users.repo.ts';

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200),
});

/** Checks email and password for one account and opens a session serving every product. */
export async function signIn(
  db: Db,
  account: AccountRow,
  input: z.input<typeof signInSchema>,
  options: { ttlHours: number; userAgent: string | null },
) {
  const { email, password } = signInSchema.parse(input);
  const user = await findUserByEmail(db.kysely, account.id, email);
  // Unknown emails cost the same hash as known ones, so timing does not tell which emails exist.
  const matches = await verifyPassword(password, user?.password_hash ?? UNUSABLE_PASSWORD_HASH);
  if (!user || !matches) {
    throw new AppError(401, 'invalid_credentials', 'That email and password do not match an account user.');
  }
  if (!user.active) {
    throw new AppError(403, 'user_deactivated', 'Your user is deactivated. Ask an admin of this account to reactivate it.');
  }
  const session = await startSession(db, user, options.ttlHours, options.userAgent);
  return { user, session };
}
