/** The two shipped apps the integration is made of; their installations live in the Marketplace. */
export const SELL_FOR_CHAT = 'sell-for-chat';
export const CHAT_FOR_SELL = 'chat-for-sell';

export { findAppConnection as appConnection, type AppConnection } from '../../../marketplace/index.ts';
