import type { Db } from '../../../platform/db/connect.ts';
import { appConnection, CHAT_FOR_SELL, SELL_FOR_CHAT, type AppConnection } from '../access/app-connections.ts';

/** S-11 / S-23: each element's mark is green (`on`) when it runs, red otherwise; `state` says why. */
export type ElementStatus = { on: boolean; state: AppConnection['state'] | 'enabled' | 'disabled'; installationId: number | null };

function appElement(connection: AppConnection): ElementStatus {
  return { on: connection.state === 'active', state: connection.state, installationId: 'installationId' in connection ? connection.installationId : null };
}

export async function elementStatuses(db: Db, accountId: number, pastChatsEnabled: boolean) {
  const [sellApp, chatApp] = await Promise.all([appConnection(db, accountId, SELL_FOR_CHAT), appConnection(db, accountId, CHAT_FOR_SELL)]);
  return {
    sellAppInChat: appElement(sellApp),
    chatAppInSell: appElement(chatApp),
    pastChats: { on: pastChatsEnabled, state: pastChatsEnabled ? 'enabled' : 'disabled', installationId: null } satisfies ElementStatus,
  };
}
