import crypto from 'node:crypto';
import OAuth2Server from '@node-oauth/oauth2-server';
import type { Db } from '../db/connect.ts';
import { nowIso } from '../db/time.ts';
import { inTransaction } from '../db/transaction.ts';
import type { UserRow } from '../identity/users.repo.ts';
import { hashToken, newToken } from '../secrets.ts';
import { forgetTokens, insertAccessToken } from '../tokens/access-tokens.repo.ts';
import { revokeAuthorizationTokens, revokeGrantRows } from './grant-revocation.ts';
import { findOAuthClientRow, type OAuthClientRow } from './oauth-clients.repo.ts';
import { findCodeByHash, insertCode, markCodeUsed } from './oauth-codes.repo.ts';
import { touchActiveGrant } from './oauth-grants.repo.ts';
import { requestedScopes } from './oauth-scopes.ts';
import { findRefreshTokenByHash, insertRefreshToken, markRefreshTokenRotated } from './oauth-refresh-tokens.repo.ts';
import { recordConsent } from './record-consent.ts';

const GRANT_TYPES = ['authorization_code', 'refresh_token'];

/** A client as the library sees it: `id` is the public client_id. */
type ModelClient = OAuth2Server.Client & { id: string; rowId: number; name: string; redirectUris: string[] };

/** Who a code or refresh token speaks for: the user, through one grant, descending from one code. */
type Subject = { id: number; grantId: number; codeId: number; refreshTokenId?: number };

export type OAuthModelOptions = {
  db: Db;
  accountId: number;
  /**
   * At the token and revocation endpoints a confidential client must prove its secret and a public
   * one must not send any; the authorization dialog only looks clients up.
   */
  authenticateClients: boolean;
  /** The token request's parameters: its redirect_uri must be the one the code was issued for. */
  tokenRequest?: Record<string, string | undefined>;
};

function toModelClient(row: OAuthClientRow): ModelClient {
  return { id: row.client_id, rowId: row.id, name: row.name, redirectUris: JSON.parse(row.redirect_uris) as string[], grants: GRANT_TYPES };
}

function sameSecret(secret: string, hash: string): boolean {
  const given = Buffer.from(hashToken(secret));
  const stored = Buffer.from(hash);
  return given.length === stored.length && crypto.timingSafeEqual(given, stored);
}

/**
 * The storage model behind @node-oauth/oauth2-server, over our tables, for one account: every
 * lookup is scoped to it, so a client, code or token of another account does not exist here.
 * Codes and tokens are stored as hashes only.
 */
export function oauthModel({ db, accountId, authenticateClients, tokenRequest }: OAuthModelOptions) {
  const kysely = db.kysely;

  async function revokeDescendants(codeId: number) {
    forgetTokens(await inTransaction(kysely, (trx) => revokeAuthorizationTokens(trx, codeId, nowIso())));
  }

  async function revokeWholeGrant(grantId: number) {
    forgetTokens(await inTransaction(kysely, (trx) => revokeGrantRows(trx, [grantId], 'refresh_token_reused', nowIso())));
  }

  const model: OAuth2Server.AuthorizationCodeModel & OAuth2Server.RefreshTokenModel = {
    async getClient(clientId, clientSecret) {
      const row = await findOAuthClientRow(kysely, accountId, clientId);
      if (!row) return false;
      if (authenticateClients) {
        const proven = row.secret_hash === null ? !clientSecret : Boolean(clientSecret) && sameSecret(clientSecret, row.secret_hash);
        if (!proven) return false;
      }
      return toModelClient(row);
    },

    async validateRedirectUri(redirectUri, client) {
      return (client as ModelClient).redirectUris.includes(redirectUri);
    },

    async validateScope(_user, _client, scope) {
      return requestedScopes(scope) ?? false;
    },

    async generateAuthorizationCode() {
      return newToken();
    },

    // 64 hex characters, like personal tokens: the Sell client libraries expect that shape.
    async generateAccessToken() {
      return crypto.randomBytes(32).toString('hex');
    },

    async generateRefreshToken() {
      return newToken();
    },

    async saveAuthorizationCode(code, client, user) {
      const modelClient = client as ModelClient;
      const userRow = user as UserRow;
      await inTransaction(kysely, async (trx) => {
        const at = nowIso();
        const grantId = await recordConsent(
          trx,
          { accountId, userId: userRow.id, oauthClientId: modelClient.rowId, clientId: modelClient.id, scopes: code.scope ?? [] },
          at,
        );
        await insertCode(trx, {
          account_id: accountId,
          grant_id: grantId,
          code_hash: hashToken(code.authorizationCode),
          redirect_uri: code.redirectUri,
          scopes: (code.scope ?? []).join(' '),
          code_challenge: code.codeChallenge ?? null,
          code_challenge_method: code.codeChallenge ? (code.codeChallengeMethod ?? 'S256') : null,
          created_at: at,
          expires_at: code.expiresAt.toISOString(),
          used_at: null,
        });
      });
      return { ...code, client, user };
    },

    async getAuthorizationCode(authorizationCode) {
      const row = await findCodeByHash(kysely, accountId, hashToken(authorizationCode));
      if (!row) return false;
      if (row.used_at) {
        // A code used twice was likely stolen: everything the first use issued stops working.
        await revokeDescendants(row.id);
        return false;
      }
      if (row.grant_revoked_at || !row.user_active) return false;
      const subject: Subject = { id: row.user_id, grantId: row.grant_id, codeId: row.id };
      return {
        authorizationCode,
        expiresAt: new Date(row.expires_at),
        redirectUri: row.redirect_uri,
        scope: row.scopes.split(' '),
        ...(row.code_challenge ? { codeChallenge: row.code_challenge, codeChallengeMethod: row.code_challenge_method ?? 'S256' } : {}),
        client: { id: row.client_id, grants: GRANT_TYPES },
        user: subject,
      };
    },

    async revokeAuthorizationCode(code) {
      if (!(await markCodeUsed(kysely, (code.user as Subject).codeId, nowIso()))) return false;
      // RFC 6749 §5.2: a redirect_uri other than the authorization request's makes the grant invalid
      // (the library would call it invalid_request). Checked once the code is used up, like a wrong verifier.
      const sent = tokenRequest?.redirect_uri;
      if (sent && sent !== code.redirectUri) {
        throw new OAuth2Server.InvalidGrantError('Invalid grant: `redirect_uri` differs from the one the code was issued for');
      }
      return true;
    },

    async saveToken(token, client, user) {
      const subject = user as Subject;
      const modelClient = client as ModelClient;
      const { accessToken, refreshToken, accessTokenExpiresAt, refreshTokenExpiresAt } = token;
      if (!refreshToken || !accessTokenExpiresAt || !refreshTokenExpiresAt) {
        throw new OAuth2Server.ServerError('Server error: a token pair needs both tokens and their lifetimes');
      }
      return inTransaction(kysely, async (trx) => {
        const at = nowIso();
        if (!(await touchActiveGrant(trx, subject.grantId, at))) {
          throw new OAuth2Server.InvalidGrantError('Invalid grant: the user revoked this authorization');
        }
        const scopes = (token.scope ?? []).join(' ');
        const access = await insertAccessToken(trx, {
          account_id: accountId,
          user_id: subject.id,
          kind: 'oauth',
          name: modelClient.name,
          token_hash: hashToken(accessToken),
          token_hint: accessToken.slice(-4),
          scopes,
          client_id: modelClient.id,
          grant_id: subject.grantId,
          created_at: at,
          last_used_at: null,
          expires_at: accessTokenExpiresAt.toISOString(),
          revoked_at: null,
        });
        await insertRefreshToken(trx, {
          account_id: accountId,
          grant_id: subject.grantId,
          code_id: subject.codeId,
          access_token_id: access.id,
          token_hash: hashToken(refreshToken),
          scopes,
          created_at: at,
          expires_at: refreshTokenExpiresAt.toISOString(),
          rotated_at: null,
          revoked_at: null,
        });
        return { ...token, client, user };
      });
    },

    async getRefreshToken(refreshToken) {
      const row = await findRefreshTokenByHash(kysely, accountId, hashToken(refreshToken));
      if (!row || row.revoked_at) return false;
      if (row.rotated_at) {
        // A rotated-out refresh token used again: someone kept a copy. The whole grant ends.
        if (!row.grant_revoked_at) await revokeWholeGrant(row.grant_id);
        return false;
      }
      if (row.grant_revoked_at || !row.user_active) return false;
      const subject: Subject = { id: row.user_id, grantId: row.grant_id, codeId: row.code_id, refreshTokenId: row.id };
      return {
        refreshToken,
        refreshTokenExpiresAt: new Date(row.expires_at),
        scope: row.scopes.split(' '),
        client: { id: row.client_id, grants: GRANT_TYPES },
        user: subject,
      };
    },

    /** Rotation: the refresh token just exchanged is spent (a second exchange is reuse). */
    async revokeToken(token) {
      return markRefreshTokenRotated(kysely, (token.user as Subject).refreshTokenId!, nowIso());
    },

    // Bearer tokens are checked by verifyBearerToken for every API; the library never authenticates requests here.
    async getAccessToken() {
      return false;
    },
  };
  return model;
}

export type OAuthModel = ReturnType<typeof oauthModel>;
