import type { MarketplaceServices } from '../marketplace-context.ts';
import type { ProxyRequest, ProxyResponse } from './proxy-input.ts';
import { decodeBody, queryString } from './response-body.ts';

/**
 * One Sell API request with the installation's access token, through this server's own router (no
 * socket, same Host). Only the path, query and JSON body of the app's request are passed on: never
 * the browser's cookies, nor headers the app made up.
 */
export async function callSellApi(
  services: Pick<MarketplaceServices, 'inject'>,
  host: string,
  token: string,
  request: ProxyRequest & { url: URL },
): Promise<ProxyResponse> {
  const hasBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'DELETE';
  const res = await services.inject({
    method: request.method,
    url: `${request.url.pathname}${queryString(request.query)}`,
    headers: {
      host,
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'user-agent': 'Tandem-Marketplace-Proxy',
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
    },
    ...(hasBody ? { payload: JSON.stringify(request.body) } : {}),
  });
  return { status: res.statusCode, body: decodeBody(res.body, res.headers['content-type']?.toString()) };
}
