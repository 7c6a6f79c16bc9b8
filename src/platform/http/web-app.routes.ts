import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { escapeHtml } from './escape-html.ts';
import { AppError } from './app-error.ts';
import { countAccounts } from '../accounts/accounts.repo.ts';

const API_PREFIXES = ['/api/', '/v2/', '/oauth2/', '/oauth/'];
// Pages of the web app that live among the OAuth endpoints: the Authorize application dialog.
const PAGES_UNDER_API = new Set(['/oauth2/authorize', '/oauth/authorize']);

/** Serves the built React app: real files as they are, every other page path gets index.html. */
export async function webAppRoutes(app: FastifyInstance) {
  const root = path.resolve(app.config.webDist);
  await app.register(fastifyStatic, { root, serve: false });

  app.get('/*', { config: { access: 'public' } }, async (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (API_PREFIXES.some((p) => urlPath.startsWith(p)) && !PAGES_UNDER_API.has(urlPath)) {
      throw new AppError(404, 'not_found', `Nothing answers ${request.method} ${urlPath}.`);
    }
    if (request.unknownSubdomain && (await countAccounts(app.db.kysely)) > 0) {
      return sendPage(reply, 404, 'No account here', 'No Tandem account lives at this address. Check the subdomain in the URL.');
    }
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      return sendPage(reply, 503, 'Web app not built', 'The web app has not been built yet. Run npm start (or npm run build:web) and reload.');
    }
    const file = path.normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
    if (file !== '/' && isFile(path.join(root, file))) {
      // Customers' sites load the chat widget with one script tag, and apps (opaque-origin frames)
      // load the app SDK: these two alone may be read cross-origin.
      if (file === '/widget.js' || file === '/app-sdk.js') reply.header('cross-origin-resource-policy', 'cross-origin');
      if (file === '/app-sdk.js') reply.header('access-control-allow-origin', '*');
      const immutable = file.startsWith('/assets/');
      return reply.sendFile(file, { immutable, maxAge: immutable ? '365d' : 0 });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function sendPage(reply: FastifyReply, status: number, title: string, message: string) {
  const [safeTitle, safeMessage] = [escapeHtml(title), escapeHtml(message)];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${safeTitle} · Tandem</title>
<style>body{font:16px system-ui,sans-serif;color:#1f2933;display:grid;place-items:center;min-height:90vh;margin:0}
main{max-width:32rem;padding:2rem}h1{font-size:1.5rem}</style></head>
<body><main><h1>${safeTitle}</h1><p>${safeMessage}</p></main></body></html>`;
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}
