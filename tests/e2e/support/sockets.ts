import { expect } from 'vitest';
import { io, type Socket } from 'socket.io-client';

type ConnectOptions = { cookie?: string; visitorKey?: string; auth?: Record<string, unknown>; forceNew?: boolean };

/** Socket.IO clients of one server, kept so a journey can disconnect them all at the end. */
export function socketClients(baseUrl: () => string) {
  const sockets: Socket[] = [];
  return {
    connect(namespace: string, options: ConnectOptions): Promise<Socket> {
      const auth = options.auth ?? (options.visitorKey ? { visitorKey: options.visitorKey } : undefined);
      const socket = io(`${baseUrl()}${namespace}`, {
        transports: ['websocket'],
        ...(options.forceNew ? { forceNew: true } : {}),
        reconnection: false,
        ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}),
        ...(auth ? { auth } : {}),
      });
      sockets.push(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    },
    disconnectAll() {
      for (const socket of sockets) socket.disconnect();
    },
  };
}

/** Emits an event and waits for its acknowledgement, which must say ok. */
export async function ask(socket: Socket, event: string, payload: unknown = {}, timeoutMs = 5000): Promise<any> {
  const answer = await socket.timeout(timeoutMs).emitWithAck(event, payload);
  expect(answer.ok, `${event}: ${JSON.stringify(answer)}`).toBe(true);
  return answer;
}
