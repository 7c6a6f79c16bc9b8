import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '../../platform/http/escape-html.ts';
import { opContext } from '../../platform/http/op-context.ts';

/**
 * `/widget-preview`: a plain page of the account with the widget's one script tag, so an admin (or
 * someone trying the demo) can chat as a visitor without a website of their own.
 */
export async function widgetPreviewRoutes(app: FastifyInstance) {
  app.get('/widget-preview', { config: { access: 'public' } }, async (request, reply) => {
    const { account } = opContext(request);
    const name = escapeHtml(account.name);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} · widget preview</title>
<style>body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;margin:0;padding:3rem 2rem;max-width:40rem}h1{font-size:1.6rem}</style></head>
<body><h1>${name}</h1><p>This page shows the chat widget as visitors of your website see it. Open it at the bottom right and start a chat; agents answer in Chat.</p>
<p>Add it to any website with one tag: <code>&lt;script src="${escapeHtml(`${request.protocol}://${request.host}`)}/widget.js" async&gt;&lt;/script&gt;</code></p>
<script src="/widget.js" async></script></body></html>`;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
