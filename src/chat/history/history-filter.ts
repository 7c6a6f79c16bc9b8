/** What past chats and offline messages can be searched by (agent dashboard and REST search). */
export type HistoryFilter = {
  type?: 'chat' | 'offline_msg';
  /** Every term must appear (case-insensitively) in the visitor's name or email or in the text. */
  terms?: string[];
  /** Appears in the visitor's name or email. */
  visitor?: string;
  visitorName?: string;
  visitorEmail?: string;
  /** Chats this agent took part in (offline messages have no agent, so they drop out). */
  agentId?: number;
  visitorId?: number;
  /** Start (chats) or creation (offline messages), inclusive ISO bounds. */
  from?: string;
  to?: string;
  /** Ended chats only (offline messages drop out), optionally within inclusive ISO bounds. */
  ended?: boolean;
  endFrom?: string;
  endTo?: string;
};

export type HistoryHit = { id: string; type: 'chat' | 'offline_msg'; timestamp: string };
