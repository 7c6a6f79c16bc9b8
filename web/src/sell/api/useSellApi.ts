import { useMemo } from 'react';
import { useSignedInSession } from '../../auth/useSession';
import { createSellApi, type SellApi } from './sellApi';

/** The Sell API bound to this session's CSRF token (a fresh session gives a fresh client). */
export function useSellApi(): SellApi {
  const { csrfToken } = useSignedInSession();
  return useMemo(() => createSellApi(csrfToken), [csrfToken]);
}
