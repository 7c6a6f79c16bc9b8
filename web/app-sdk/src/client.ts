import { bridgeError } from './bridge-error';
import { HostConnection } from './connection';
import type { AppClient, AppContext, AppEventName, AppEvents, AppRequest, AppResponse } from '../../../shared/app-bridge/tandem-apps';

const CONNECT_TIMEOUT_MS = 10_000;

function createClient(connection: HostConnection): AppClient {
  return {
    context: () => connection.send({ type: 'context' }) as Promise<AppContext>,
    on<E extends AppEventName>(event: E, handler: (data: AppEvents[E]) => void) {
      const { first, stop } = connection.listen(event, handler as (data: unknown) => void);
      if (first) void connection.send({ type: 'subscribe', payload: { events: [event] } }).catch(() => undefined);
      return stop;
    },
    request<T>(request: AppRequest) {
      return connection.send({ type: 'request', payload: request }) as Promise<AppResponse<T>>;
    },
  };
}

/** Connects once: the first context answer proves the host is there and listening. */
export function connectTo(host: Window | null, hostOrigin: string | null): () => Promise<AppClient> {
  let connection: HostConnection | null = null;
  let connecting: Promise<AppClient> | null = null;
  return () => {
    if (!host || host === window || !hostOrigin) {
      return Promise.reject(bridgeError('not_connected', 'This page is not shown by Tandem: open it from an installed app.'));
    }
    const bridge = (connection ??= new HostConnection(host, hostOrigin));
    connecting ??= bridge.send({ type: 'context' }, CONNECT_TIMEOUT_MS).then(
      () => createClient(bridge),
      (error: unknown) => {
        connecting = null; // a later call may try again
        throw error;
      },
    );
    return connecting;
  };
}
