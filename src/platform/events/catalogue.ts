/** Every event the platform writes to the outbox, with the payload each carries. */
export type PlatformEvents = {
  'account.created': { accountId: number; subdomain: string };
  'account.updated': { accountId: number; changed: string[] };
  'account.sell_migrated': { accountId: number };
  'user.created': { userId: number; actorId: number | null };
  'user.updated': { userId: number; actorId: number | null; changed: string[] };
  'user.deactivated': { userId: number; actorId: number | null };
  'user.reactivated': { userId: number; actorId: number | null };
  'user.password_reset': { userId: number; actorId: number | null };
};

export type PlatformEventType = keyof PlatformEvents;
