import { io, type Socket } from 'socket.io-client';

/**
 * Sell's one socket (namespace `/sell`, the session cookie signs it in), opened while some part of the
 * page needs it and closed when the last one lets go.
 */
let shared: { socket: Socket; users: number } | null = null;

export function acquireSellSocket(): Socket {
  shared ??= { socket: io('/sell', { withCredentials: true }), users: 0 };
  shared.users += 1;
  return shared.socket;
}

export function releaseSellSocket(): void {
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  shared.socket.disconnect();
  shared = null;
}
