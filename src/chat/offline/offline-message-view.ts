import type { OfflineMessageView } from '../../../shared/chat/views.ts';
import type { OfflineMessageRow } from '../chat-tables.ts';

export type { OfflineMessageView };

export function toOfflineMessageView(m: OfflineMessageRow): OfflineMessageView {
  return {
    id: m.id,
    visitorId: m.visitor_id,
    departmentId: m.department_id,
    name: m.name,
    email: m.email,
    phone: m.phone,
    message: m.message,
    pageUrl: m.page_url,
    unread: m.unread === 1,
    readById: m.read_by_id,
    readAt: m.read_at,
    createdAt: m.created_at,
  };
}
