import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../../api/sellKeys';
import type { Deal, Page } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';
import { refreshFeeds } from '../../records/refreshFeeds';
import { boardQuery } from './boardQuery';

interface MoveDeal {
  deal: Deal;
  toStageId: number;
  ownerId: string | null;
}

/**
 * Moves a deal to another stage: the card moves at once, the server is told (PUT stage_id), and
 * if it refuses, the card goes back where it was.
 */
export function useMoveDeal() {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ deal, toStageId }: MoveDeal) => api.update<Deal>(`/v2/deals/${deal.id}`, { stage_id: toStageId }),
    onMutate: async ({ deal, toStageId, ownerId }) => {
      const fromKey = sellKeys.list('deal', boardQuery(deal.stage_id, ownerId));
      const toKey = sellKeys.list('deal', boardQuery(toStageId, ownerId));
      await queryClient.cancelQueries({ queryKey: fromKey });
      await queryClient.cancelQueries({ queryKey: toKey });
      const before = { from: queryClient.getQueryData<Page<Deal>>(fromKey), to: queryClient.getQueryData<Page<Deal>>(toKey) };
      queryClient.setQueryData<Page<Deal>>(fromKey, (page) => page && { ...page, items: page.items.filter((item) => item.id !== deal.id) });
      queryClient.setQueryData<Page<Deal>>(toKey, (page) => page && { ...page, items: [{ ...deal, stage_id: toStageId }, ...page.items] });
      return { fromKey, toKey, before };
    },
    onError: (_error, _move, context) => {
      if (!context) return;
      queryClient.setQueryData(context.fromKey, context.before.from);
      queryClient.setQueryData(context.toKey, context.before.to);
    },
    onSuccess: (saved) => queryClient.setQueryData(sellKeys.record('deal', saved.id), saved),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: sellKeys.lists('deal') });
      refreshFeeds(queryClient);
    },
  });
}
