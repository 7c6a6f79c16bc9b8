import type { AppEventName, AppRequest } from './tandem-apps';

/**
 * The messages between an app frame and the Tandem page (docs/marketplace.md, "App host and
 * bridge"). Both sides parse what they receive with these guards: the other side is not trusted.
 */

export const APP_EVENT_NAMES: readonly AppEventName[] = ['chat.started', 'chat.ended', 'chat.visitor_changed', 'chat.message'];

/** The frame URL's hash names the host page's origin: `#host=<origin>`. */
export const HOST_ORIGIN_PARAM = 'host';

export type AppMessage =
  | { tandem: 1; id: number; type: 'context'; payload?: undefined }
  | { tandem: 1; id: number; type: 'subscribe'; payload: { events: AppEventName[] } }
  | { tandem: 1; id: number; type: 'request'; payload: AppRequest };

export type BridgeFailure = { code: string; message: string };

export type HostReply = { tandem: 1; reply_to: number; ok: true; result: unknown } | { tandem: 1; reply_to: number; ok: false; error: BridgeFailure };

export type HostEvent = { tandem: 1; event: AppEventName; data: unknown };

export type HostMessage = HostReply | HostEvent;

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

export function isAppEventName(value: unknown): value is AppEventName {
  return (APP_EVENT_NAMES as readonly unknown[]).includes(value);
}

function isAppRequest(value: unknown): value is AppRequest {
  if (!isRecord(value)) return false;
  if (typeof value.method !== 'string' || !METHODS.has(value.method)) return false;
  if (typeof value.path !== 'string' || value.path.length === 0) return false;
  if (value.query !== undefined && !isStringMap(value.query)) return false;
  if (value.headers !== undefined && !isStringMap(value.headers)) return false;
  return true;
}

/** A well-formed message from an app, or null. */
export function parseAppMessage(data: unknown): AppMessage | null {
  if (!isRecord(data) || data.tandem !== 1 || typeof data.id !== 'number' || !Number.isInteger(data.id)) return null;
  switch (data.type) {
    case 'context':
      return { tandem: 1, id: data.id, type: 'context' };
    case 'subscribe': {
      const events = isRecord(data.payload) ? data.payload.events : undefined;
      if (!Array.isArray(events) || !events.every(isAppEventName)) return null;
      return { tandem: 1, id: data.id, type: 'subscribe', payload: { events } };
    }
    case 'request':
      return isAppRequest(data.payload) ? { tandem: 1, id: data.id, type: 'request', payload: data.payload } : null;
    default:
      return null;
  }
}

/** A well-formed message from the host, or null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data.tandem !== 1) return null;
  if (typeof data.reply_to === 'number') {
    if (data.ok === true) return { tandem: 1, reply_to: data.reply_to, ok: true, result: data.result };
    const error = isRecord(data.error) ? data.error : {};
    return {
      tandem: 1,
      reply_to: data.reply_to,
      ok: false,
      error: { code: typeof error.code === 'string' ? error.code : 'unknown', message: typeof error.message === 'string' ? error.message : 'The request failed.' },
    };
  }
  if (isAppEventName(data.event)) return { tandem: 1, event: data.event, data: data.data };
  return null;
}
