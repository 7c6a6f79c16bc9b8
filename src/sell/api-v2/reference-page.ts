type Operation = { summary?: string; tags?: string[]; parameters?: { name: string; in: string; description?: string; schema?: { type?: string } }[]; requestBody?: unknown };
type OpenApi = { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, Operation>> };

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A readable, self-contained reference of the Sell API, grouped by resource, from the OpenAPI document. */
export function renderReferencePage(doc: OpenApi): string {
  const groups = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'Other';
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${escape(p.name)}</code> <span class="in">${escape(p.in)}</span> ${escape(p.schema?.type ?? '')} ${escape(p.description ?? '')}</li>`)
        .join('');
      const body = op.requestBody ? '<p class="body">Body: <code>{"data": {…}}</code></p>' : '';
      const html = `<article><h3><span class="verb ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${escape(op.summary ?? '')}</p>${params ? `<ul>${params}</ul>` : ''}${body}</article>`;
      groups.set(tag, [...(groups.get(tag) ?? []), html]);
    }
  }
  const nav = [...groups.keys()].map((tag) => `<a href="#${escape(tag)}">${escape(tag)}</a>`).join('');
  const sections = [...groups.entries()].map(([tag, ops]) => `<section id="${escape(tag)}"><h2>${escape(tag)}</h2>${ops.join('')}</section>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2933;display:grid;grid-template-columns:220px 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;padding:1.5rem 1rem;background:#f5f7fa;border-right:1px solid #e4e7eb}
nav a{display:block;color:#3e4c59;text-decoration:none;padding:.2rem 0}main{padding:1.5rem 2.5rem;max-width:60rem}
article{border:1px solid #e4e7eb;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}h3{margin:0;font-size:1rem}
.verb{display:inline-block;min-width:4.5rem;font-size:.8rem;font-weight:700;color:#fff;border-radius:4px;padding:.1rem .4rem;text-align:center}
.get{background:#2f855a}.post{background:#3b5bdb}.put{background:#b7791f}.delete{background:#c53030}.in{color:#7b8794;font-size:.85rem}
code{font-family:ui-monospace,monospace}</style></head>
<body><nav><strong>${escape(doc.info.title)}</strong><p><a href="/v2/openapi.json">openapi.json</a></p>${nav}</nav>
<main><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1><p>${escape(doc.info.description ?? '')}</p>${sections}</main></body></html>`;
}
