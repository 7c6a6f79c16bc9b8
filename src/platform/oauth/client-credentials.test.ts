import { describe, expect, it } from 'vitest';
import { clientCredentials, withDecodedBasicCredentials } from './client-credentials.ts';

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });

describe('client credentials', () => {
  it('form-decodes HTTP Basic credentials as RFC 6749 §2.3.1 asks', () => {
    expect(clientCredentials(basic('app%2D1', 'a%5Fb%2Dc+d'), {})).toEqual({ clientId: 'app-1', clientSecret: 'a_b-c d', viaBasic: true });
    const decoded = withDecodedBasicCredentials(basic('app%2D1', 's%3Ae'));
    expect(Buffer.from(decoded.authorization!.slice(6), 'base64').toString()).toBe('app-1:s:e');
  });

  it('reads the body when there is no Basic header, and never throws on garbage', () => {
    expect(clientCredentials({}, { client_id: 'app', client_secret: 's' })).toEqual({ clientId: 'app', clientSecret: 's', viaBasic: false });
    expect(clientCredentials({ authorization: `Basic ${Buffer.from('no-colon').toString('base64')}` }, {})).toEqual({ viaBasic: true });
    expect(clientCredentials(basic('%E0%A4%A', 'x'), {})).toEqual({ viaBasic: true });
  });
});
