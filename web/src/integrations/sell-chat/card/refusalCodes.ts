/** The refusals of docs/sell-chat.md (S-26): each has its own explanation, in every language, of what an admin must change. */
export const KNOWN_REFUSALS = [
  'chat_agent_required',
  'sell_chat_disabled',
  'sell_app_not_installed',
  'sell_app_disabled',
  'sell_app_needs_authorization',
  'sell_app_user_unavailable',
  'sell_app_read_only',
  'sell_access_required',
] as const;

export type KnownRefusal = (typeof KNOWN_REFUSALS)[number];

export const isKnownRefusal = (code: string): code is KnownRefusal => (KNOWN_REFUSALS as readonly string[]).includes(code);
