import { useQuery } from '@tanstack/react-query';
import { useSignedInSession } from '../auth/useSession';
import { queryKeys } from '../ui/queryKeys';
import { fetchAccount } from './adminApi';

/** The account, starting from the copy that came with the session. */
export function useAccountQuery() {
  const { account } = useSignedInSession();
  return useQuery({ queryKey: queryKeys.account, queryFn: fetchAccount, placeholderData: account });
}
