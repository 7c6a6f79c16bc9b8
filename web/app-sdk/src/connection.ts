import { bridgeError } from './bridge-error';
import { parseHostMessage, type AppMessage, type HostEvent } from '../../../shared/app-bridge/protocol';
import type { AppEventName } from '../../../shared/app-bridge/tandem-apps';

type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> };
type OutgoingMessage = AppMessage extends infer M ? (M extends AppMessage ? Omit<M, 'tandem' | 'id'> : never) : never;

const REPLY_TIMEOUT_MS = 30_000;

/**
 * The frame's end of the message bridge: posts only to the host page's origin, and accepts only
 * messages that come from the parent window with that origin.
 */
export class HostConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<AppEventName, Set<(data: unknown) => void>>();

  constructor(
    private readonly host: Window,
    private readonly hostOrigin: string,
  ) {
    window.addEventListener('message', (event) => this.receive(event));
  }

  send(message: OutgoingMessage, timeoutMs = REPLY_TIMEOUT_MS): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(bridgeError('timeout', 'The Tandem page did not answer in time.'));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.host.postMessage({ tandem: 1, id, ...message }, this.hostOrigin);
    });
  }

  listen(event: AppEventName, handler: (data: unknown) => void): { first: boolean; stop: () => void } {
    const handlers = this.listeners.get(event) ?? new Set();
    const first = handlers.size === 0;
    handlers.add(handler);
    this.listeners.set(event, handlers);
    return { first, stop: () => handlers.delete(handler) };
  }

  private receive(event: MessageEvent): void {
    if (event.source !== this.host || event.origin !== this.hostOrigin) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    if ('event' in message) return this.dispatch(message);
    const waiting = this.pending.get(message.reply_to);
    if (!waiting) return;
    this.pending.delete(message.reply_to);
    clearTimeout(waiting.timer);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(bridgeError(message.error.code, message.error.message));
  }

  private dispatch(message: HostEvent): void {
    for (const handler of this.listeners.get(message.event) ?? []) {
      try {
        handler(message.data);
      } catch (error) {
        // One failing handler must not keep the others from hearing the event.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}
