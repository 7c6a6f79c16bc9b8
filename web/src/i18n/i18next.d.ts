import 'i18next';
import type en from './en.json';
import type sellEn from './sell.en.json';
import type chatEn from './chat.en.json';
import type marketplaceEn from './marketplace.en.json';
import type oauthEn from './oauth.en.json';
import type sellChatEn from './sell-chat.en.json';
import type sellChatCardEn from './sell-chat-card.en.json';
import type chatForSellEn from './chat-for-sell.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; sell: typeof sellEn; chat: typeof chatEn; marketplace: typeof marketplaceEn; oauth: typeof oauthEn; sellChat: typeof sellChatEn; sellChatCard: typeof sellChatCardEn; chatForSell: typeof chatForSellEn };
  }
}
