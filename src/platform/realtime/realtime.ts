import type { FastifyInstance } from 'fastify';
import { Server, type Namespace, type Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { AccountRow } from '../accounts/accounts.repo.ts';
import { resolveSession } from '../identity/resolve-session.ts';
import type { UserRow } from '../identity/users.repo.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import { accountForHost } from './account-for-host.ts';
import { clientInfo, type ClientInfo } from './client-info.ts';
import type { EventCatalogue } from '../events/catalogue.ts';
import { accountRoom, userRoom } from './rooms.ts';
import { connectionRefused, toConnectError } from './socket-error.ts';

export type UserSocketData = { account: AccountRow; user: UserRow; client: ClientInfo };
export type GuestSocketData<G> = { account: AccountRow; guest: G; client: ClientInfo };
export type UserNamespace = Namespace<any, any, any, UserSocketData>;
export type GuestNamespace<G> = Namespace<any, any, any, GuestSocketData<G>>;
export type UserSocket = Socket<any, any, any, UserSocketData>;
export type GuestSocket<G> = Socket<any, any, any, GuestSocketData<G>>;

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Realtime;
  }
}

/** Socket.IO messages are small JSON frames; a larger one is refused before it is parsed. */
const MAX_FRAME_BYTES = 64 * 1024;
/** Between nodes (Redis): "check the sockets of this user again". */
const RECHECK_USER = 'tandem:recheck-user';

type UserGate = { nsp: UserNamespace; refuse: (user: UserRow) => string | null };

/**
 * The Socket.IO server on `/socket.io`. It knows nothing of products: it resolves the account from
 * the Host header, authenticates sockets and puts them in the account and user rooms; products open
 * namespaces on it and register their own handlers. With REDIS_URL set, rooms span every node.
 */
export class Realtime {
  readonly io: Server;
  private readonly redis: Redis[] = [];
  private readonly userGates: UserGate[] = [];

  constructor(private readonly app: FastifyInstance) {
    this.io = new Server(app.server, {
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: MAX_FRAME_BYTES,
      // The visitor widget runs on customers' sites, so any origin may connect, but never with
      // credentials: a signed-in user's namespace also checks that the origin is our own host.
      cors: { origin: '*', credentials: false },
    });
    const { redisUrl, redisPrefix } = app.config;
    if (redisUrl) {
      const pub = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
      // No ready check on the subscriber: the adapter subscribes at once, and ioredis's INFO check,
      // sent after that, is refused in subscriber mode (an unhandled rejection at start-up).
      const sub = pub.duplicate({ enableReadyCheck: false });
      for (const client of [pub, sub]) {
        client.on('error', (error) => app.log.error({ err: error }, 'redis connection failed; retrying'));
        this.redis.push(client);
      }
      this.io.adapter(createAdapter(pub, sub, { key: `${redisPrefix}:socket.io`, requestsTimeout: 3000 }));
    }
    this.io.sockets.on(RECHECK_USER, (userId: unknown) => {
      if (typeof userId === 'number') void this.recheckHere(userId);
    });
  }

  /**
   * A namespace for signed-in users of the account the Host names, by the session cookie. Only our
   * own pages may open it (the Origin must be the Host), so another site cannot ride the cookie.
   * `refuse` returns why a user may not connect (a missing product role), or null.
   */
  userNamespace(name: string, refuse: (user: UserRow) => string | null = () => null): UserNamespace {
    const nsp = this.io.of(name) as UserNamespace;
    nsp.use((socket, next) => {
      this.authenticateUser(socket, refuse).then(
        () => next(),
        (error) => next(this.refused(error)),
      );
    });
    nsp.on('connection', (socket) => {
      void socket.join([accountRoom(socket.data.account.id), userRoom(socket.data.user.id)]);
    });
    this.userGates.push({ nsp, refuse });
    return nsp;
  }

  /**
   * Sockets are authenticated when they connect; call this when that answer may have changed for a
   * user (their roles changed, they were deactivated, a session of theirs ended). On every node, each
   * of their sockets is checked again at once: one whose session is gone or whose user may no longer
   * use its namespace is disconnected, the others carry the user as they are now.
   */
  async recheckUser(userId: number): Promise<void> {
    if (this.redis.length > 0) this.io.sockets.serverSideEmit(RECHECK_USER, userId);
    await this.recheckHere(userId);
  }

  private async recheckHere(userId: number): Promise<void> {
    for (const { nsp, refuse } of this.userGates) {
      for (const id of [...(nsp.adapter.rooms.get(userRoom(userId)) ?? [])]) {
        const socket = nsp.sockets.get(id);
        if (!socket) continue;
        await this.authenticateUser(socket, refuse).catch((error: unknown) => {
          this.refused(error);
          socket.disconnect(true);
        });
      }
    }
  }

  /**
   * A namespace for anyone on the account's site (from any origin): `authenticate` turns the
   * handshake's `auth` object into the guest (or throws `connectionRefused`).
   */
  guestNamespace<G>(name: string, authenticate: (account: AccountRow, auth: Record<string, unknown>, client: ClientInfo) => Promise<G>): GuestNamespace<G> {
    const nsp = this.io.of(name) as GuestNamespace<G>;
    nsp.use((socket, next) => {
      (async () => {
        const account = await this.accountOf(socket);
        const client = clientInfo(socket.handshake, this.app.config.trustProxy);
        const guest = await authenticate(account, socket.handshake.auth ?? {}, client);
        socket.data = { account, guest, client };
      })().then(
        () => next(),
        (error) => next(this.refused(error)),
      );
    });
    nsp.on('connection', (socket) => {
      void socket.join(accountRoom(socket.data.account.id));
    });
    return nsp;
  }

  /** Closes this node's connections; the other nodes keep theirs. */
  async close(): Promise<void> {
    // A WebSocket whose browser is gone would wait out its close handshake and hold shutdown for
    // 30 s: end this node's sockets at once (clients reconnect to another node and catch up by seq).
    for (const client of Object.values((this.io.engine as unknown as { clients: Record<string, unknown> }).clients)) {
      (client as { transport?: { socket?: { terminate?: () => void } } }).transport?.socket?.terminate?.();
    }
    this.io.engine.close();
    await Promise.all(this.redis.map((client) => client.quit().catch(() => undefined)));
  }

  private refused(error: unknown): Error {
    const refusal = toConnectError(error);
    if (refusal.data.code === 'internal') this.app.log.error({ err: error }, 'socket connection failed');
    return refusal;
  }

  private async authenticateUser(socket: UserSocket, refuse: (user: UserRow) => string | null) {
    const { headers } = socket.handshake;
    if (headers.origin && !sameHost(headers.origin, headers.host)) {
      throw connectionRefused('origin_not_allowed', 'Connect from the Tandem app itself.');
    }
    const account = await this.accountOf(socket);
    const token = this.app.parseCookie(headers.cookie ?? '')[SESSION_COOKIE];
    const session = await resolveSession(this.app.db, token, account.id, this.app.config.sessionTtlHours);
    if (session.kind !== 'valid') throw connectionRefused('unauthenticated', 'Sign in to continue.');
    const refusal = refuse(session.user);
    if (refusal) throw connectionRefused('forbidden', refusal);
    socket.data = { account, user: session.user, client: clientInfo(socket.handshake, this.app.config.trustProxy) };
  }

  private async accountOf(socket: Socket): Promise<AccountRow> {
    const account = await accountForHost(this.app.db, this.app.config, socket.handshake.headers.host);
    if (!account) throw connectionRefused('account_not_found', 'No Tandem account lives at this address. Check the subdomain in the URL.');
    return account;
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host.toLowerCase() === (host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

/** Creates the realtime server on the app's HTTP server and closes it before the app stops listening. */
export function attachRealtime(app: FastifyInstance): Realtime {
  const realtime = new Realtime(app);
  app.decorate('realtime', realtime);
  // A change made elsewhere (the command line, another node's request) reaches open sockets through
  // the outbox too: a second check of a socket already checked changes nothing.
  for (const type of ['user.updated', 'user.deactivated', 'user.password_reset'] as const) {
    app.events.onOutsideTransaction(type, 'realtime.recheck_user', async (event) => {
      await realtime.recheckUser((event.payload as EventCatalogue[typeof type]).userId);
    });
  }
  app.addHook('preClose', async () => {
    await realtime.close();
  });
  return realtime;
}
