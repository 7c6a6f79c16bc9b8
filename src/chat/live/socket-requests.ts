import type { FastifyBaseLogger } from 'fastify';
import type { Socket } from 'socket.io';
import { toAppError } from '../../platform/http/error-envelope.ts';

type Ack = { ok: true } & Record<string, unknown>;
type Nack = { ok: false; error: { code: string; message: string; fields?: { field: string; message: string }[]; retryAfterSeconds?: number } };

/** Runs before a request, in its turn, with its payload: throws (e.g. `rate_limited`) to refuse it. */
export type RequestGate = (payload: any) => Promise<void>;

/**
 * Answers a socket's requests one at a time, in the order they were sent (so a sender's messages are
 * stored in the order written), each through its acknowledgement callback:
 * `{ ok: true, ... }` or `{ ok: false, error: { code, message, fields? } }` with the HTTP envelope's codes.
 */
export function socketRequests(socket: Socket, log: Pick<FastifyBaseLogger, 'error'>, ready: Promise<unknown>) {
  let queue: Promise<unknown> = ready;
  // `any`: each operation validates its own input with its zod schema.
  return function on(event: string, handle: (payload: any) => Promise<Record<string, unknown> | void>, gate?: RequestGate) {
    socket.on(event, (...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (answer: Ack | Nack) => void) : undefined;
      const payload = args[0] ?? {};
      queue = queue
        .then(async () => {
          await gate?.(payload);
          return handle(payload);
        })
        .then(
          (result) => ack?.({ ok: true, ...(result ?? {}) }),
          (error: unknown) => {
            const appError = toAppError(error as Error);
            if (appError.status >= 500) log.error({ err: error, event }, 'socket request failed');
            const retryAfter = appError.headers?.['retry-after'];
            ack?.({
              ok: false,
              error: {
                code: appError.code,
                message: appError.message,
                ...(appError.fields ? { fields: appError.fields } : {}),
                ...(retryAfter ? { retryAfterSeconds: Number(retryAfter) } : {}),
              },
            });
          },
        );
    });
  };
}
