import { AppError } from '../../../platform/http/app-error.ts';

/**
 * S-26: why an agent sees no Sell data (or may not create leads) and what an admin must change. Each
 * has a stable code; `details.fix` names the remedy so the Apps panel can offer it (O-9: reconnect).
 */
export type AccessFix = 'enable_integration' | 'install_app' | 'enable_app' | 'reconnect_app' | 'sell_seat_or_access_mode' | 'chat_role';

const refusal = (code: string, fix: AccessFix, message: string, extra: Record<string, unknown> = {}) =>
  new AppError(403, code, message, undefined, undefined, { fix, ...extra });

export const integrationDisabled = () =>
  refusal(
    'sell_chat_disabled',
    'enable_integration',
    'The Sell–Chat integration is turned off. A Sell admin can turn it on under Sell › Settings › Integrations.',
  );

export const sellAppNotInstalled = () =>
  refusal(
    'sell_app_not_installed',
    'install_app',
    'The Sell app is not installed in Chat. The Chat account owner can install it from the Marketplace (Sell › Settings › Integrations › Chat › View details and install).',
  );

export const sellAppDisabled = () =>
  refusal('sell_app_disabled', 'enable_app', "The Sell app is turned off in Chat. The Chat account owner or a Chat admin can turn it on again under Chat's My Apps.");

export const sellAppNeedsAuthorization = (installationId: number) =>
  refusal(
    'sell_app_needs_authorization',
    'reconnect_app',
    "The Sell app no longer has access to Sell: its authorization was revoked. Whoever installed it can reconnect it from Chat's My Apps.",
    { installationId },
  );

export const sellAppUserUnavailable = (installationId: number, name: string, why: string) =>
  refusal(
    'sell_app_user_unavailable',
    'reconnect_app',
    `The Sell app reads Sell as ${name}, who ${why}. Reconnect the app from Chat's My Apps as an active Sell user.`,
    { installationId },
  );

export const sellAppReadOnly = (installationId: number) =>
  refusal(
    'sell_app_read_only',
    'reconnect_app',
    "The Sell app was authorized to read Sell but not to change it. Reconnect it from Chat's My Apps and allow it to update Sell data.",
    { installationId },
  );

export const noSellSeat = () =>
  refusal(
    'sell_access_required',
    'sell_seat_or_access_mode',
    'You have no Sell seat, so the Sell app cannot show you Sell data or create leads. A Sell admin can give you a Sell role, or set "Access to Sell data" to All agents under Sell › Settings › Integrations › Chat.',
  );

export const noChatRole = () =>
  refusal('chat_agent_required', 'chat_role', 'You have no Chat role. Ask the Chat owner or a Chat admin to make you an agent.');

/** An access refusal as the card carries it, beside the data (e.g. may read but not create leads). */
export type SellAccessError = { code: string; message: string; fix: AccessFix | null };

export function toSellAccessError(error: AppError): SellAccessError {
  const fix = (error.details?.fix as AccessFix | undefined) ?? null;
  return { code: error.code, message: error.message, fix };
}
