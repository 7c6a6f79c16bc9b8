import type { QueryClient } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';

/** The feed is written from the server's outbox a moment after a change (it polls every ~250 ms). */
const FEED_CATCH_UP_DELAYS_MS = [600, 1500];

/** Refreshes activity feeds now and once more after the server has had time to record the change. */
export function refreshFeeds(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: sellKeys.feeds });
  for (const delay of FEED_CATCH_UP_DELAYS_MS) {
    window.setTimeout(() => void queryClient.invalidateQueries({ queryKey: sellKeys.feeds }), delay);
  }
}
