import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';
import sellEn from './sell.en.json';
import sellJa from './sell.ja.json';
import chatEn from './chat.en.json';
import chatJa from './chat.ja.json';
import marketplaceEn from './marketplace.en.json';
import marketplaceJa from './marketplace.ja.json';
import oauthEn from './oauth.en.json';
import oauthJa from './oauth.ja.json';
import sellChatEn from './sell-chat.en.json';
import sellChatJa from './sell-chat.ja.json';
import sellChatCardEn from './sell-chat-card.en.json';
import sellChatCardJa from './sell-chat-card.ja.json';
import chatForSellEn from './chat-for-sell.en.json';
import chatForSellJa from './chat-for-sell.ja.json';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, toSupportedLanguage } from './languages';

// Typing the Japanese file as the English one makes a missing translation a compile error.
const japanese: typeof en = ja;
const sellJapanese: typeof sellEn = sellJa;
const chatJapanese: typeof chatEn = chatJa;
const marketplaceJapanese: typeof marketplaceEn = marketplaceJa;
const oauthJapanese: typeof oauthEn = oauthJa;
const sellChatJapanese: typeof sellChatEn = sellChatJa;
const sellChatCardJapanese: typeof sellChatCardEn = sellChatCardJa;
const chatForSellJapanese: typeof chatForSellEn = chatForSellJa;

export const resources = {
  en: { translation: en, sell: sellEn, chat: chatEn, marketplace: marketplaceEn, oauth: oauthEn, sellChat: sellChatEn, sellChatCard: sellChatCardEn, chatForSell: chatForSellEn },
  ja: { translation: japanese, sell: sellJapanese, chat: chatJapanese, marketplace: marketplaceJapanese, oauth: oauthJapanese, sellChat: sellChatJapanese, sellChatCard: sellChatCardJapanese, chatForSell: chatForSellJapanese },
} as const;

function reflectLanguageOnDocument(language: string): void {
  document.documentElement.lang = toSupportedLanguage(language);
}

i18n.on('languageChanged', reflectLanguageOnDocument);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (language: string) => toSupportedLanguage(language),
    },
  });

export default i18n;
