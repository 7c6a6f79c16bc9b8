import type { MarketplaceServices } from '../marketplace-context.ts';

export type TokenSet = { accessToken: string; refreshToken: string | null; expiresAt: string | null };
export type TokenResult = { ok: true; tokens: TokenSet } | { ok: false; status: number; error: string };

/**
 * Calls this server's own token endpoint (RFC 6749 §4.1.3, §6) with the account's Host header, as any
 * OAuth client would, without a socket.
 */
export async function callTokenEndpoint(
  services: Pick<MarketplaceServices, 'inject'>,
  host: string,
  params: Record<string, string>,
): Promise<TokenResult> {
  const res = await services.inject({
    method: 'POST',
    url: '/oauth2/token',
    headers: { host, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    payload: new URLSearchParams(params).toString(),
  });
  let body: Record<string, unknown> = {};
  try {
    body = res.json();
  } catch {
    // not JSON: reported below by status
  }
  if (res.statusCode !== 200 || typeof body.access_token !== 'string') {
    return { ok: false, status: res.statusCode, error: typeof body.error === 'string' ? body.error : 'server_error' };
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : null;
  return {
    ok: true,
    tokens: {
      accessToken: body.access_token,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
      expiresAt: expiresIn === null ? null : new Date(Date.now() + expiresIn * 1000).toISOString(),
    },
  };
}

/** Ends a token the marketplace no longer uses (RFC 7009); a failure changes nothing for the caller. */
export async function revokeAtTokenEndpoint(services: Pick<MarketplaceServices, 'inject'>, host: string, params: Record<string, string>) {
  await services
    .inject({
      method: 'POST',
      url: '/oauth2/revoke',
      headers: { host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(params).toString(),
    })
    .catch(() => undefined);
}
