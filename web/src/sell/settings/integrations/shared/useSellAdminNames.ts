import { useUsersQuery } from '../../../../admin/useUsersQuery';

/** The people who can change the integration (S-4): the account's active Sell admins. */
export function useSellAdminNames(): string[] {
  const users = useUsersQuery();
  return (users.data ?? []).filter((user) => user.active && user.sellRole === 'admin').map((user) => user.name);
}
