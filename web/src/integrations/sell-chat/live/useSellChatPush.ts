import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { SellChatPushes } from './sellChatPushes';

/** One /sell-chat socket per page, however many cards and bells listen; closed when the last one goes. */
let shared: Socket | null = null;
let listeners = 0;

function acquire(): Socket {
  shared ??= io('/sell-chat', { withCredentials: true });
  listeners += 1;
  return shared;
}

function release(): void {
  listeners -= 1;
  if (listeners === 0 && shared) {
    shared.disconnect();
    shared = null;
  }
}

/** Calls `handler` for each push of `event` while the component is mounted. */
export function useSellChatPush<E extends keyof SellChatPushes>(event: E, handler: (data: SellChatPushes[E]) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const socket = acquire();
    const listener = (data: unknown) => latest.current(data as SellChatPushes[E]);
    // A reconnect is the manager's event, not one the server pushes.
    if (event === 'reconnect') socket.io.on('reconnect', listener);
    else socket.on(event as string, listener);
    return () => {
      if (event === 'reconnect') socket.io.off('reconnect', listener);
      else socket.off(event as string, listener);
      release();
    };
  }, [event]);
}
