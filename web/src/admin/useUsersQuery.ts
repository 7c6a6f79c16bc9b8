import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../ui/queryKeys';
import { fetchUsers } from './adminApi';

export function useUsersQuery() {
  return useQuery({ queryKey: queryKeys.users, queryFn: fetchUsers });
}
