/**
 * Tandem app SDK: the API that app code uses inside the sandboxed frame Tandem shows it in.
 *
 *   <script src="/app-sdk.js"></script>
 *   <script>
 *     TandemApps.connect().then(async (client) => {
 *       const { user, chat } = await client.context();
 *       client.on('chat.visitor_changed', ({ visitor }) => lookUp(visitor));
 *       const me = await client.request({ method: 'GET', path: '/v2/users/self' });
 *     });
 *   </script>
 *
 * The frame has an opaque origin: it cannot read the Tandem page, its cookies or its session.
 * Everything goes through the host: context, events, and requests that the Tandem server makes for
 * the app (adding the installation's OAuth token or secret settings, which never reach the frame).
 */

/** Where an app is shown. */
export type AppLocation = 'chat_sidebar' | 'sell_top_bar' | 'settings';

export interface AppVisitor {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface AppContext {
  account: { name: string; subdomain: string };
  /** The signed-in Tandem user looking at the app. */
  user: { id: number; name: string; email: string };
  location: AppLocation;
  locale: 'en' | 'ja';
  installation_id: number;
  /** In `chat_sidebar` only: the chat the app is shown beside (each chat has its own frame). */
  chat?: { id: string; visitor: AppVisitor };
}

export interface AppChatMessage {
  /** The message's sequence number in its chat. */
  id: number;
  author: { kind: 'visitor' | 'agent'; name: string };
  text: string;
  created_at: string;
}

/** Events of `chat_sidebar`, each about the chat the app is shown beside. */
export interface AppEvents {
  /** An agent started serving the chat. */
  'chat.started': { chat_id: string; visitor: AppVisitor };
  /** The chat ended. */
  'chat.ended': { chat_id: string; ended_by: 'visitor' | 'agent' | 'system' | null };
  /** The visitor's name, email or phone changed during the chat. */
  'chat.visitor_changed': { chat_id: string; visitor: AppVisitor };
  /** A message arrived in the chat (from the visitor or an agent). */
  'chat.message': { chat_id: string; message: AppChatMessage };
}

export type AppEventName = keyof AppEvents;

export interface AppRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * A path under `/v2/` (Tandem's Sell API, called with the installation's OAuth token), or an
   * absolute URL that starts with one of the manifest's `allowed_urls`.
   */
  path: string;
  query?: Record<string, string>;
  /** `{{settings.NAME}}` in a header value is filled in on the server from the app's settings. */
  headers?: Record<string, string>;
  /** JSON; `{{settings.NAME}}` in a string is filled in on the server too. */
  body?: unknown;
}

/** What the target answered, whatever its status. */
export interface AppResponse<T = unknown> {
  status: number;
  body: T;
}

/** Why the host refused or could not do what the app asked. */
export interface AppBridgeError extends Error {
  name: 'TandemAppError';
  /** A stable code, e.g. `not_connected`, `timeout`, `request_not_allowed`, `network_error`. */
  code: string;
}

export interface AppClient {
  /** Who and where: asked again on every call, so it is always current. */
  context(): Promise<AppContext>;
  /** Listens to an event; returns a function that stops listening. */
  on<E extends AppEventName>(event: E, handler: (data: AppEvents[E]) => void): () => void;
  /**
   * Makes a request through the Tandem server. Resolves with any answer of the target (check
   * `status`); rejects with an `AppBridgeError` when the request could not be made at all.
   */
  request<T = unknown>(request: AppRequest): Promise<AppResponse<T>>;
}

export interface TandemAppsApi {
  /** Connects to the Tandem page that shows this frame; rejects when there is none. */
  connect(): Promise<AppClient>;
  readonly version: string;
}

declare global {
  var TandemApps: TandemAppsApi;
}
