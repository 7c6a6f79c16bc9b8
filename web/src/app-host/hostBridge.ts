import { parseAppMessage, type AppMessage, type BridgeFailure, type HostMessage } from '../../../shared/app-bridge/protocol';
import type { AppContext, AppEventName, AppRequest } from '../../../shared/app-bridge/tandem-apps';
import { isApiError } from '../ui/ApiError';

export type BridgeHandlers = {
  context: () => AppContext;
  request: (request: AppRequest) => Promise<unknown>;
};

/** The origin every message from a sandboxed frame (no allow-same-origin) carries. */
const OPAQUE_ORIGIN = 'null';

function toFailure(error: unknown): BridgeFailure {
  if (isApiError(error)) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'Tandem could not do this. Try again.' };
}

/** A message that means to be ours but is not well formed still gets an answer, for the app's author. */
function looksLikeRequest(data: unknown): data is { id: number } {
  return typeof data === 'object' && data !== null && (data as { tandem?: unknown }).tandem === 1 && typeof (data as { id?: unknown }).id === 'number';
}

/**
 * The host page's end of an app frame's message bridge. It accepts a message only from that
 * frame's window and only with the opaque origin a sandboxed frame has, and answers only there.
 */
export class HostBridge {
  private readonly subscribed = new Set<AppEventName>();
  private readonly onMessage = (event: MessageEvent) => void this.receive(event);

  constructor(
    private readonly frame: () => Window | null,
    private readonly handlers: BridgeHandlers,
  ) {}

  start(): () => void {
    window.addEventListener('message', this.onMessage);
    return () => window.removeEventListener('message', this.onMessage);
  }

  deliver(event: AppEventName, data: unknown): void {
    if (this.subscribed.has(event)) this.post({ tandem: 1, event, data });
  }

  private async receive(event: MessageEvent): Promise<void> {
    const frame = this.frame();
    if (!frame || event.source !== frame || event.origin !== OPAQUE_ORIGIN) return;
    const message = parseAppMessage(event.data);
    if (!message) {
      if (looksLikeRequest(event.data)) {
        this.post({ tandem: 1, reply_to: event.data.id, ok: false, error: { code: 'invalid_message', message: 'Tandem does not understand this message.' } });
      }
      return;
    }
    try {
      const result = await this.answer(message);
      this.post({ tandem: 1, reply_to: message.id, ok: true, result });
    } catch (error) {
      this.post({ tandem: 1, reply_to: message.id, ok: false, error: toFailure(error) });
    }
  }

  private answer(message: AppMessage): unknown {
    switch (message.type) {
      case 'context':
        return this.handlers.context();
      case 'subscribe':
        for (const name of message.payload.events) this.subscribed.add(name);
        return { events: [...this.subscribed] };
      case 'request':
        return this.handlers.request(message.payload);
    }
  }

  private post(message: HostMessage): void {
    // An opaque origin cannot be named as a target: '*' it is, but only ever to this frame's window.
    this.frame()?.postMessage(message, '*');
  }
}
