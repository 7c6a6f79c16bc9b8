import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './useSession';

/** When the signed-in user has a saved language, use it. */
export function SessionLocaleSync() {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const userId = session?.user.id;
  const locale = session?.user.locale ?? null;

  useEffect(() => {
    if (locale && i18n.resolvedLanguage !== locale) void i18n.changeLanguage(locale);
    // Only when the user or their saved language changes, not on every language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, locale]);

  return null;
}
