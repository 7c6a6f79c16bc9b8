import { useMemo } from 'react';
import { useApps } from '../../marketplace/api/useMarketplaceApi';
import type { InstallFailure } from '../../marketplace/api/types';
import { CHAT_FOR_SELL, SELL_FOR_CHAT } from './paths';

/** S-1 and S-2 hold up the whole integration; the others only the app they are about. */
const ACCOUNT_WIDE = new Set(['sell_legacy_account', 'chat_plan_too_low']);

export type Prerequisites = {
  /** S-1, S-2: nothing can be set up until they are fixed. */
  accountWide: InstallFailure[];
  /** S-5 / S-6 for the Sell app in Chat. */
  sellAppInChat: InstallFailure[];
  /** S-4 for the Chat app in Sell. */
  chatAppInSell: InstallFailure[];
};

/**
 * The prerequisites (S-1 … S-6) the signed-in person fails, as the Marketplace checks them before an
 * install, so this page and the Marketplace give the same messages (they come from the server).
 */
export function usePrerequisites() {
  const apps = useApps();
  const prerequisites = useMemo<Prerequisites | null>(() => {
    if (!apps.data) return null;
    const failuresOf = (appId: string) => apps.data.find((app) => app.id === appId)?.can_install.failures ?? [];
    const all = [...failuresOf(SELL_FOR_CHAT), ...failuresOf(CHAT_FOR_SELL)];
    const accountWide = all.filter((f, i) => ACCOUNT_WIDE.has(f.code) && all.findIndex((g) => g.code === f.code) === i);
    return {
      accountWide,
      sellAppInChat: failuresOf(SELL_FOR_CHAT).filter((f) => !ACCOUNT_WIDE.has(f.code)),
      chatAppInSell: failuresOf(CHAT_FOR_SELL).filter((f) => !ACCOUNT_WIDE.has(f.code)),
    };
  }, [apps.data]);
  return { prerequisites, isPending: apps.isPending, error: apps.error };
}
