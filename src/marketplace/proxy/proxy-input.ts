import { z } from 'zod';

const queryValue = z.union([z.string(), z.number(), z.boolean()]);

/** What the SDK's request() sends: a Sell API path (`/v2/…`) or an absolute URL under the app's allowed_urls. */
export const proxyRequestSchema = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().min(1).max(4000),
  query: z.record(z.string(), z.union([queryValue, z.array(queryValue)])).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
});

export type ProxyRequest = z.infer<typeof proxyRequestSchema>;
export type ProxyResponse = { status: number; body: unknown };
