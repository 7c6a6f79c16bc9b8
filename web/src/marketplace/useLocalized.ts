import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../i18n/languages';
import type { LocalizedText } from './api/types';

/** Manifest texts come in English and often Japanese: pick the user's language, else English. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  return useCallback((text: LocalizedText) => (language === 'ja' && text.ja ? text.ja : text.en), [language]);
}
