import type { ChatContext } from '../chat-context.ts';
import { loadApiDocs } from './load-api-docs.ts';

const MAX_IDS = 100;

/** `GET /chats?ids=a,b`: `{docs: {<id>: chat}, count}`; ids of nothing (or of another account) are left out. */
export async function bulkGetChats(ctx: ChatContext, idList: string) {
  const ids = [...new Set(idList.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, MAX_IDS);
  const docs = await loadApiDocs(ctx, ids);
  return { docs: Object.fromEntries(docs), count: docs.size };
}
