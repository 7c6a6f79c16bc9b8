import { api } from '../../../ui/api';
import { SELL_CHAT_BASE } from '../api/sellChatApi';
import type { NotificationsPage } from './notificationTypes';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationsKey = ['sell-chat', 'notifications'] as const;

export const fetchNotifications = (cursor: number | null) =>
  api.get<NotificationsPage>(`${SELL_CHAT_BASE}/notifications?limit=${NOTIFICATIONS_PAGE_SIZE}${cursor ? `&cursor=${cursor}` : ''}`);

export const markNotificationRead = (id: number) => api.post<{ unreadCount: number }>(`${SELL_CHAT_BASE}/notifications/${id}/read`);

export const markAllNotificationsRead = () => api.post<{ unreadCount: number }>(`${SELL_CHAT_BASE}/notifications/read-all`);
