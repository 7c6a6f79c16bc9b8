import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The test app's allowed_urls name http://127.0.0.1:4587N/echo/ — one port for each test project
 * that may run at the same time (SQLite 1, PostgreSQL 2, browser journeys 3).
 */
export function echoPort(): number {
  return process.env.TEST_DB === 'postgres' ? 45872 : 45871;
}

export type EchoedRequest = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/** Answers every request with what it received, as JSON; /echo/redirect answers a redirect instead. */
export async function startEchoServer(port = echoPort()) {
  const received: EchoedRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const echoed = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      received.push(echoed);
      if (req.url?.startsWith('/echo/redirect')) {
        res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(echoed));
    });
  });
  // Another run of this project may still hold the port for a moment.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
