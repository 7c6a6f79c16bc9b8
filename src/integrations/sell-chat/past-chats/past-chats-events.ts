declare module '../../../platform/events/catalogue.ts' {
  interface EventCatalogue {
    /**
     * Past chats were turned on: bring every chat of a visitor whose email a lead or contact carries
     * into the feeds, one page of visitor emails per event (after `after`), each page its own step.
     */
    'sell_chat.past_chats_backfill': { accountId: number; after: string | null };
    /** B-2: an offline message whose email matched nothing became a lead. */
    'sell_chat.offline_lead_created': { accountId: number; leadId: number; offlineMessageId: string; actingUserId: number; ownerId: number | null; ownerRule: string };
  }
}

export {};
