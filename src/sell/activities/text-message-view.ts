import { apiTime } from '../records/api-time.ts';
import type { TextMessageRow } from './text-messages.repo.ts';

export function toTextMessageView(m: TextMessageRow) {
  return {
    id: m.id,
    content: m.content,
    incoming: m.incoming === 1,
    sent_at: apiTime(m.sent_at),
    resource_type: m.resource_type,
    resource_id: m.resource_id,
    resource_phone_number: m.resource_phone_number,
    user_id: m.user_id,
    user_phone_number: m.user_phone_number,
    associated_deal_ids: JSON.parse(m.associated_deal_ids) as number[],
    created_at: apiTime(m.created_at),
    updated_at: apiTime(m.updated_at),
  };
}
