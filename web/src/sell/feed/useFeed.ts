import { useInfiniteQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { FeedItem, FeedKind, ResourceType } from '../api/types';
import { apiRecordPath } from '../records/resourcePaths';
import { useSellApi } from '../api/useSellApi';

const PER_PAGE = 20;

interface FeedPage {
  items: { data: FeedItem }[];
  meta: { next_cursor: string | null };
}

/** A record's activity, newest first, a page at a time (the API pages with a cursor). */
export function useFeed(resource: ResourceType, id: number, kinds: readonly FeedKind[]) {
  const api = useSellApi();
  return useInfiniteQuery({
    queryKey: sellKeys.feed(resource, id, kinds),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const query = new URLSearchParams({ per_page: String(PER_PAGE) });
      if (kinds.length) query.set('type', kinds.join(','));
      if (pageParam) query.set('cursor', pageParam);
      const page = await api.get<FeedPage>(`${apiRecordPath(resource, id)}/feed?${query}`);
      return { items: page.items.map((item) => item.data), nextCursor: page.meta.next_cursor };
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
