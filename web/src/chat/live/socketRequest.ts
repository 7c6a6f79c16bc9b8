import type { Socket } from 'socket.io-client';
import type { SocketAck } from '../types';

export class SocketRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Failures worth trying again (the message may not have been stored): no answer, or sent too fast. */
export const isRetryable = (error: unknown): boolean => {
  const code = (error as { code?: string }).code;
  return code === 'timeout' || code === 'rate_limited' || code === 'internal';
};

/** One request with its acknowledgement (docs/chat.md): resolves with the result, throws its error. */
export async function socketRequest<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  let ack: SocketAck<T>;
  try {
    ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as SocketAck<T>;
  } catch {
    throw new SocketRequestError('timeout', 'The chat server did not answer in time.');
  }
  if (!ack.ok) throw new SocketRequestError(ack.error.code, ack.error.message, ack.error.retryAfterSeconds);
  return ack;
}
