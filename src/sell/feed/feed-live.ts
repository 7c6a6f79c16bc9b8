import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toAppError } from '../../platform/http/error-envelope.ts';
import type { UserSocket } from '../../platform/realtime/realtime.ts';
import { sellContext } from '../sell-context.ts';
import type { FeedRecordRef } from './external-feed.ts';
import { visibleFeedRecord } from './visible-feed-record.ts';

/** Sell's socket namespace: signed-in users with a Sell seat, on Tandem's own pages. */
export const SELL_NAMESPACE = '/sell';

/** Tells open feeds that a record's feed changed; they read it again through the API (A-3 applies there). */
export type SellFeedLive = { changed: (accountId: number, records: FeedRecordRef[]) => void };

/** One per realtime server (Sell's plugin is encapsulated, so this is not a decoration other plugins could see). */
const registered = new WeakMap<object, SellFeedLive>();

/** The live feeds of this app, for other parts of the server that change feeds (the past-chats projection). */
export function sellFeedLiveOf(app: FastifyInstance): SellFeedLive {
  const live = registered.get(app.realtime);
  if (!live) throw new Error("Sell's live feeds are not registered: register the Sell API plugin first.");
  return live;
}

const watchSchema = z.object({ resourceType: z.enum(['lead', 'contact', 'deal']), resourceId: z.number().int().positive() }).strict();

const feedRoom = (accountId: number, r: FeedRecordRef) => `feed:${accountId}:${r.resourceType}:${r.resourceId}`;

type Answer = { ok: true } | { ok: false; error: { code: string; message: string } };

/**
 * Live feeds (O-8): a page showing a record's feed sends `feed:watch {resourceType, resourceId}` (on
 * every connect) and joins the record's room once Sell says the user may see the record; it then gets
 * `feed:changed {resourceType, resourceId}` whenever that feed changes, and fetches it again.
 * `feed:unwatch` leaves. The push carries no data, so nothing reaches a socket the API would refuse.
 */
export function registerFeedLive(app: FastifyInstance): SellFeedLive {
  const nsp = app.realtime.userNamespace(SELL_NAMESPACE, (user) => (user.sell_role === 'none' ? 'You have no Sell seat. Ask a Sell admin to give you a Sell role.' : null));
  nsp.on('connection', (socket: UserSocket) => {
    socket.on('feed:watch', (payload: unknown, ack?: (answer: Answer) => void) => {
      void watch(app, socket, payload).then(
        () => ack?.({ ok: true }),
        (error: unknown) => {
          const appError = toAppError(error as Error);
          if (appError.status >= 500) app.log.error({ err: error }, 'feed:watch failed');
          ack?.({ ok: false, error: { code: appError.code, message: appError.message } });
        },
      );
    });
    socket.on('feed:unwatch', (payload: unknown, ack?: (answer: Answer) => void) => {
      const parsed = watchSchema.safeParse(payload);
      if (parsed.success) void socket.leave(feedRoom(socket.data.account.id, parsed.data));
      ack?.({ ok: true });
    });
  });
  const live: SellFeedLive = {
    changed(accountId, records) {
      for (const record of records) nsp.to(feedRoom(accountId, record)).emit('feed:changed', record);
    },
  };
  registered.set(app.realtime, live);
  return live;
}

async function watch(app: FastifyInstance, socket: UserSocket, payload: unknown) {
  const record = watchSchema.parse(payload);
  const ctx = await sellContext({ db: app.db, account: socket.data.account, actor: socket.data.user });
  await visibleFeedRecord(ctx, record.resourceType, record.resourceId);
  await socket.join(feedRoom(socket.data.account.id, record));
}
