import type { FastifyInstance, InjectOptions } from 'fastify';

/** Just enough of a browser for the routes above: one host, the session cookie and the CSRF token. */
export class DemoBrowser {
  private cookie: string | undefined;
  private csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly host: string,
  ) {}

  async call(method: InjectOptions['method'], url: string, body?: unknown) {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        host: this.host,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const session = res.cookies.find((c) => c.name === 'tandem_session');
    if (session) this.cookie = session.value ? `tandem_session=${session.value}` : undefined;
    if (url === '/api/session' && method === 'POST') this.csrfToken = res.json().csrfToken;
    return res;
  }
}
