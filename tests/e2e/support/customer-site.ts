import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type CustomerSite = { url: string; close: () => Promise<void> };

/** A customer's website: one plain HTML page served on its own port, as another origin than Tandem. */
export function startCustomerSite(html: string): Promise<CustomerSite> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
