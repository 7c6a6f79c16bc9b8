import type { OpContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { findUserById, type UserRow } from '../../../platform/identity/users.repo.ts';
import type { IntegrationSettings } from '../settings/integration-settings.ts';
import type { AccessMode } from '../sell-chat-tables.ts';
import {
  integrationDisabled,
  noChatRole,
  noSellSeat,
  sellAppDisabled,
  sellAppNeedsAuthorization,
  sellAppNotInstalled,
  sellAppReadOnly,
  sellAppUserUnavailable,
} from './access-errors.ts';
import { appConnection, SELL_FOR_CHAT } from './app-connections.ts';

/** Who looks at Sell data in Chat, and as which Sell user the integration asks Sell for it. */
export type SellAccess = {
  mode: AccessMode;
  agent: UserRow;
  actingUser: UserRow;
  /** The context to call Sell's operations with: Sell applies the acting user's visibility. */
  sell: OpContext & { actor: UserRow };
  installationId: number;
  /** The grant lacks the write scope: reading only (no Create lead, no Note). */
  readOnly: boolean;
};

export function requireChatAgent(ctx: OpContext): UserRow {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  if (ctx.actor.active !== 1 || ctx.actor.chat_role === 'none') throw noChatRole();
  return ctx.actor;
}

/**
 * The access policy (S-12, S-13, S-26). Under "Sell users only" the agent reads Sell as themselves, so
 * they see exactly what Sell shows them; under "All agents" the integration reads as the user who
 * authorized the Sell app (its OAuth grant). Writing (leads, notes) also needs the grant's write scope.
 */
export async function resolveSellAccess(ctx: OpContext, settings: IntegrationSettings, purpose: 'read' | 'write'): Promise<SellAccess> {
  const agent = requireChatAgent(ctx);
  if (!settings.enabled) throw integrationDisabled();
  const connection = await appConnection(ctx.db, ctx.account.id, SELL_FOR_CHAT);
  if (connection.state === 'not_installed') throw sellAppNotInstalled();
  if (connection.state === 'disabled') throw sellAppDisabled();
  if (connection.state === 'needs_authorization') throw sellAppNeedsAuthorization(connection.installationId);
  const { installationId, grant } = connection;
  const readOnly = grant !== null && !grant.scopes.includes('write');
  if (purpose === 'write' && readOnly) throw sellAppReadOnly(installationId);

  if (settings.accessMode === 'sell_users') {
    if (agent.sell_role === 'none') throw noSellSeat();
    return { mode: 'sell_users', agent, actingUser: agent, sell: { ...ctx, actor: agent }, installationId, readOnly };
  }
  const granted = grant ? await findUserById(ctx.db.kysely, ctx.account.id, grant.userId) : undefined;
  if (!granted) throw sellAppNeedsAuthorization(installationId);
  if (granted.active !== 1) throw sellAppUserUnavailable(installationId, granted.name, 'is deactivated');
  if (granted.sell_role === 'none') throw sellAppUserUnavailable(installationId, granted.name, 'has no Sell seat');
  return { mode: 'all_agents', agent, actingUser: granted, sell: { ...ctx, actor: granted }, installationId, readOnly };
}

/** Access resolved for reading, checked for writing too: what resolveSellAccess(…, 'write') would answer, without asking again. */
export function forWriting(access: SellAccess): SellAccess {
  if (access.readOnly) throw sellAppReadOnly(access.installationId);
  return access;
}
