import type { Scope } from '../../platform/tokens/scopes.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The OAuth scope a Sell API route needs from a bearer token (sessions have them all). */
    scope?: Scope;
    /** The `resource` named in 422 errors (`lead`, `contact`, …). */
    resource?: string;
  }
}

export {};
