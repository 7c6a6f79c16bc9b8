import type { SecretBox } from '../../platform/secret-box/secret-box.ts';
import type { InstallationRow } from '../marketplace-tables.ts';
import type { TokenSet } from './token-endpoint.ts';

/** The columns that keep an installation's tokens, sealed with the instance key. */
export function sealedTokenColumns(box: SecretBox, tokens: TokenSet) {
  return {
    access_token_sealed: box.seal(tokens.accessToken),
    refresh_token_sealed: tokens.refreshToken === null ? null : box.seal(tokens.refreshToken),
    token_expires_at: tokens.expiresAt,
  };
}

export const noTokens = { access_token_sealed: null, refresh_token_sealed: null, token_expires_at: null };

/** The tokens in plain text; null when there are none, or they were sealed with another key (the app must be reconnected). */
export function openTokens(box: SecretBox, row: InstallationRow): TokenSet | null {
  if (!row.access_token_sealed) return null;
  try {
    return {
      accessToken: box.open(row.access_token_sealed),
      refreshToken: row.refresh_token_sealed ? box.open(row.refresh_token_sealed) : null,
      expiresAt: row.token_expires_at,
    };
  } catch {
    return null;
  }
}
