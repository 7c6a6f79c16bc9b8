/**
 * Every event written to the outbox, with the payload each carries. The platform's events are here;
 * each product adds its own from its folder by augmenting this interface:
 *   declare module '../platform/events/catalogue.ts' { interface EventCatalogue { 'sell.lead.created': {...} } }
 */
export interface EventCatalogue {
  'account.created': { accountId: number; subdomain: string };
  'account.updated': { accountId: number; changed: string[] };
  'account.sell_migrated': { accountId: number };
  'user.created': { userId: number; actorId: number | null };
  'user.updated': { userId: number; actorId: number | null; changed: string[] };
  'user.deactivated': { userId: number; actorId: number | null };
  'user.reactivated': { userId: number; actorId: number | null };
  'user.password_reset': { userId: number; actorId: number | null };
}

export type EventType = keyof EventCatalogue;
