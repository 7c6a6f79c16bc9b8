import type { Socket } from 'socket.io';

type Handshake = Socket['handshake'];

export type ClientInfo = { ip: string; userAgent: string | null };

/** Who is on the other end, as far as the handshake tells: behind a trusted proxy, its forwarded address. */
export function clientInfo(handshake: Handshake, trustProxy: boolean): ClientInfo {
  const forwarded = handshake.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const userAgent = handshake.headers['user-agent'];
  return { ip: trustProxy && first ? first : handshake.address, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null };
}
