/**
 * The Sell–Chat integration: the only part of the server that knows both products. It reaches Sell
 * through src/sell/index.ts and Chat through src/chat/index.ts, acting as the user the access policy names.
 */
import './sell-chat-events.ts';

export { sellChatPlugin } from './sell-chat-plugin.ts';
export { SELL_CHAT_NAMESPACE, type SellChatPushes } from './live/live-pushes.ts';
