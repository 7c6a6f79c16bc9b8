import type { AppListing, Installation } from '../api/types';

/** Install rules about who the person is: the reason, in the server's words, that they may not change an app. */
const ROLE_RULES = new Set(['sell_admin_required', 'chat_admin_and_support_admin_required', 'chat_owner_required']);

/** Why this person may not change, reconnect or remove the installation; null when they may. */
export function lockedReason(installation: Installation, app: AppListing | undefined, fallback: string): string | null {
  if (installation.can_manage) return null;
  return app?.can_install.failures.find((failure) => ROLE_RULES.has(failure.code))?.message ?? fallback;
}
