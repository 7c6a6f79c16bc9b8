import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/useSession';
import { queryKeys } from '../ui/queryKeys';
import type { Account } from '../ui/types';
import { migrateSellToPlatform, updateAccount, type UpdateAccountInput } from './adminApi';

function useAccountSaved() {
  const queryClient = useQueryClient();
  const { updateSessionAccount } = useSession();
  return (account: Account) => {
    queryClient.setQueryData(queryKeys.account, account);
    updateSessionAccount(account);
  };
}

export function useUpdateAccount() {
  const onSaved = useAccountSaved();
  return useMutation({ mutationFn: (input: UpdateAccountInput) => updateAccount(input), onSuccess: onSaved });
}

export function useMigrateSell() {
  const onSaved = useAccountSaved();
  return useMutation({ mutationFn: migrateSellToPlatform, onSuccess: onSaved });
}
