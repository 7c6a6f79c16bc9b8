import type { Installation } from '../api/types';

/**
 * Why this person may not change, reconnect or remove the installation, in the server's words
 * ("Only the Chat account owner can change or remove this app. …"); null when they may.
 */
export function lockedReason(installation: Installation, fallback: string): string | null {
  if (installation.can_manage) return null;
  return installation.manage_refusal ?? fallback;
}
