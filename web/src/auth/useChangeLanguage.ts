import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../ui/types';
import { useNotify } from '../ui/useNotify';
import { saveMyLocale } from './sessionApi';
import { useSession } from './useSession';

/** Switches the interface language and, when signed in, saves it on the user. */
export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const { i18n } = useTranslation();
  const { session, updateSessionUser } = useSession();
  const notify = useNotify();
  const signedIn = session !== null;

  return useCallback(
    async (locale: Locale) => {
      await i18n.changeLanguage(locale);
      if (!signedIn) return;
      try {
        updateSessionUser(await saveMyLocale(locale));
      } catch (error) {
        notify.error(error);
      }
    },
    [i18n, signedIn, updateSessionUser, notify],
  );
}
