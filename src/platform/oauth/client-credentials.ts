/**
 * The client's id and secret from HTTP Basic (client_secret_basic; RFC 6749 §2.3.1 form-encodes
 * both before base64) or from the body (client_secret_post, or a public client's bare client_id).
 */
export function clientCredentials(headers: Record<string, string>, body: Record<string, string>): { clientId?: string; clientSecret?: string; viaBasic: boolean } {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.authorization ?? '');
  if (match) {
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { viaBasic: true };
    const formDecode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
    try {
      return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)), viaBasic: true };
    } catch {
      return { viaBasic: true };
    }
  }
  return { clientId: body.client_id, clientSecret: body.client_secret, viaBasic: false };
}

/**
 * The headers with HTTP Basic credentials form-decoded (RFC 6749 §2.3.1), as the protocol library
 * reads them verbatim: standard clients encode `-` and `_` in a secret as %2D and %5F.
 */
export function withDecodedBasicCredentials(headers: Record<string, string>): Record<string, string> {
  const credentials = clientCredentials(headers, {});
  if (!credentials.viaBasic || credentials.clientId === undefined || credentials.clientSecret === undefined) return headers;
  const plain = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`, 'utf8').toString('base64');
  return { ...headers, authorization: `Basic ${plain}` };
}
