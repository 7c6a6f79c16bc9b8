import { z } from 'zod';
import type { ListSpec } from './parse-list-query.ts';

/**
 * Route schemas for the OpenAPI document. Inside the Sell API they document, they do not validate:
 * each route parses its own input, so errors keep the exact Sell wire format.
 */
const kindSchema = { id: z.number().int(), int: z.number().int(), string: z.string(), bool: z.boolean(), date: z.string().describe('YYYY-MM-DD') } as const;

export function listDocs(tag: string, summary: string, spec: ListSpec) {
  const filters = Object.fromEntries(Object.entries(spec.filters).map(([name, f]) => [name, kindSchema[f.kind].optional()]));
  return {
    tags: [tag],
    summary,
    querystring: z.object({
      page: z.number().int().min(1).optional().describe('1-based page number'),
      per_page: z.number().int().min(1).max(100).optional().describe('items per page, at most 100 (default 25)'),
      sort_by: z.string().optional().describe(`one of ${spec.sortable.join(', ')}, with :asc or :desc (default ${spec.defaultSort})`),
      ids: z.string().optional().describe('comma-separated ids'),
      ...(spec.search ? { q: z.string().optional().describe('free text') } : {}),
      ...filters,
    }),
  };
}

export function bodyDocs(tag: string, summary: string, data: z.ZodType, withId = false) {
  return {
    tags: [tag],
    summary,
    ...(withId ? { params: z.object({ id: z.number().int() }) } : {}),
    body: z.object({ data, meta: z.object({}).passthrough().optional() }),
  };
}

export function idDocs(tag: string, summary: string) {
  return { tags: [tag], summary, params: z.object({ id: z.number().int() }) };
}

export function plainDocs(tag: string, summary: string) {
  return { tags: [tag], summary };
}
