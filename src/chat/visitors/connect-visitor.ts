import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { ClientInfo } from '../../platform/realtime/client-info.ts';
import type { ChatServices } from '../chat-context.ts';
import type { VisitorRow } from '../chat-tables.ts';
import { upsertVisitorByKey } from './visitors.repo.ts';

/** A widget connects: the visitor of its key, made on first sight, with when and from where they came. */
export function connectVisitor(services: ChatServices, account: AccountRow, keyHash: string, client: ClientInfo): Promise<VisitorRow> {
  const now = services.now();
  return upsertVisitorByKey(services.chat, {
    account_id: account.id,
    key_hash: keyHash,
    user_agent: client.userAgent,
    ip: client.ip,
    created_at: now,
    last_seen_at: now,
  });
}
