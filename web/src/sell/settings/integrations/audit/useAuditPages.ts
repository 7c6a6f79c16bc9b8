import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAuditPage } from '../../../../integrations/sell-chat/api/sellChatApi';
import { sellChatKeys } from '../../../../integrations/sell-chat/api/sellChatKeys';
import type { AuditFilter } from '../../../../integrations/sell-chat/api/types';

export const AUDIT_PAGE_SIZE = 25;

/**
 * B-1: the read audit a page at a time, newest first. The server pages by cursor, so the cursors of
 * the pages already seen are kept to go back; a new filter starts again at the newest.
 */
export function useAuditPages(filter: AuditFilter) {
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const filterKey = JSON.stringify(filter);
  useEffect(() => setCursors([null]), [filterKey]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = useQuery({
    queryKey: sellChatKeys.audit(filter, cursor, AUDIT_PAGE_SIZE),
    queryFn: () => fetchAuditPage(filter, cursor, AUDIT_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const nextCursor = page.data?.nextCursor ?? null;
  return {
    page,
    pageNumber: cursors.length,
    hasNewer: cursors.length > 1,
    hasOlder: nextCursor !== null,
    newer: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    older: () => nextCursor !== null && setCursors((list) => [...list, nextCursor]),
  };
}
