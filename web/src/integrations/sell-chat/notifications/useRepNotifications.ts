import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSellChatPush } from '../live/useSellChatPush';
import { useAnnounceNotification } from './useAnnounceNotification';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead, notificationsKey } from './notificationsApi';
import type { NotificationsPage, RepNotification } from './notificationTypes';

type Pages = InfiniteData<NotificationsPage, number | null>;

/** Every page with `change` applied to each item, and the unread count the server now gives. */
function updated(data: Pages | undefined, change: (item: RepNotification) => RepNotification, unreadCount: number): Pages | undefined {
  return data && { ...data, pages: data.pages.map((page) => ({ ...page, unreadCount, items: page.items.map(change) })) };
}

/**
 * The signed-in user's notifications (W-3), newest first, kept live: a new one pushed on the
 * /sell-chat socket goes on top at once and is announced with a toast.
 */
export function useRepNotifications() {
  const queryClient = useQueryClient();
  const announce = useAnnounceNotification();
  const list = useInfiniteQuery({
    queryKey: notificationsKey,
    queryFn: ({ pageParam }) => fetchNotifications(pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
  });

  const arrived = useCallback(
    (notification: RepNotification) => {
      queryClient.setQueryData<Pages>(notificationsKey, (data) => {
        if (!data || data.pages[0]!.items.some((item) => item.id === notification.id)) return data;
        const [first, ...rest] = data.pages;
        return { ...data, pages: [{ ...first!, items: [notification, ...first!.items], unreadCount: first!.unreadCount + 1 }, ...rest] };
      });
      announce(notification);
    },
    [queryClient, announce],
  );
  useSellChatPush('sell_chat:notification', arrived);
  useSellChatPush('reconnect', () => void queryClient.invalidateQueries({ queryKey: notificationsKey }));

  const markRead = useMutation({
    mutationFn: markNotificationRead,
    onSuccess: ({ unreadCount }, id) =>
      queryClient.setQueryData<Pages>(notificationsKey, (data) =>
        updated(data, (item) => (item.id === id && !item.readAt ? { ...item, readAt: new Date().toISOString() } : item), unreadCount),
      ),
  });
  const markAllRead = useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: ({ unreadCount }) =>
      queryClient.setQueryData<Pages>(notificationsKey, (data) => updated(data, (item) => (item.readAt ? item : { ...item, readAt: new Date().toISOString() }), unreadCount)),
  });

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;
  return { list, items, unreadCount, markRead, markAllRead };
}
