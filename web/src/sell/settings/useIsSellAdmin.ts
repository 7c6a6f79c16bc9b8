import { useSignedInSession } from '../../auth/useSession';

/** Sell admins change the account's Sell settings; everyone else reads them. */
export function useIsSellAdmin(): boolean {
  const { user } = useSignedInSession();
  return user.sellRole === 'admin';
}
