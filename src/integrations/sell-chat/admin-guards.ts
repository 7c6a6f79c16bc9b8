import { AppError, forbidden } from '../../platform/http/app-error.ts';
import type { UserRow } from '../../platform/identity/users.repo.ts';
import type { IntegrationContext } from './integration-context.ts';
import { sellAdminNames } from './people.repo.ts';

function signedIn(ctx: IntegrationContext): UserRow {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  return ctx.actor;
}

const isSellAdmin = (u: UserRow) => u.active === 1 && u.sell_role === 'admin';
const isChatAdmin = (u: UserRow) => u.active === 1 && (u.chat_role === 'admin' || u.chat_role === 'owner');

/** Only Sell admins change the integration (S-4); the refusal names who can. */
export async function requireSellAdmin(ctx: IntegrationContext, what: string): Promise<UserRow> {
  const user = signedIn(ctx);
  if (isSellAdmin(user)) return user;
  const names = await sellAdminNames(ctx.tables, ctx.account.id, 5);
  throw forbidden(`Only a Sell admin can ${what}.${names.length ? ` Ask ${names.join(', ')}.` : ''}`);
}

const hasSellSeat = (u: UserRow) => u.active === 1 && u.sell_role !== 'none';

/**
 * Reading the settings page: every Sell user (read-only unless a Sell admin, so reps know how leads
 * from Chat are assigned), and Chat's owner and admins (who install the Sell app).
 */
export function requireIntegrationViewer(ctx: IntegrationContext): UserRow {
  const user = signedIn(ctx);
  if (hasSellSeat(user) || isChatAdmin(user)) return user;
  throw forbidden('Only Sell users, Chat admins and the Chat owner can see the Chat integration settings.');
}

/** The read audit (B-1): Sell admins, and Chat's owner and admins. */
export function requireAuditReader(ctx: IntegrationContext): UserRow {
  const user = signedIn(ctx);
  if (isSellAdmin(user) || isChatAdmin(user)) return user;
  throw forbidden('Only a Sell admin, a Chat admin or the Chat owner can read the audit of who saw Sell data in Chat.');
}
