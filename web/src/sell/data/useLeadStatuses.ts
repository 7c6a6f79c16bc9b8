import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { LeadStatus } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** The account's lead statuses in their order. */
export function useLeadStatuses() {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.leadStatuses,
    queryFn: async () => {
      const statuses = await api.all<LeadStatus>('/v2/lead_statuses');
      return [...statuses].sort((a, b) => a.position - b.position || a.id - b.id);
    },
    staleTime: 60_000,
  });
}
