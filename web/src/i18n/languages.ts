import type { Locale } from '../ui/types';

export const SUPPORTED_LANGUAGES: readonly Locale[] = ['en', 'ja'];
export const DEFAULT_LANGUAGE: Locale = 'en';
export const LANGUAGE_STORAGE_KEY = 'tandem.language';

export function toSupportedLanguage(language: string | undefined | null): Locale {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LANGUAGE;
}
