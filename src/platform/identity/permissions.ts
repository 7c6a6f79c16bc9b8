import type { UserRow } from './users.repo.ts';

export type Permissions = {
  /** May open the Admin area: an admin of any product, or the Chat owner. */
  admin: boolean;
  manageSellRoles: boolean;
  manageChatRoles: boolean;
  manageSupportRoles: boolean;
  manageSellSettings: boolean;
  manageChatSettings: boolean;
};

export function permissionsOf(user: Pick<UserRow, 'sell_role' | 'chat_role' | 'support_role' | 'active'>): Permissions {
  if (!user.active) {
    return { admin: false, manageSellRoles: false, manageChatRoles: false, manageSupportRoles: false, manageSellSettings: false, manageChatSettings: false };
  }
  const sellAdmin = user.sell_role === 'admin';
  const chatAdmin = user.chat_role === 'admin' || user.chat_role === 'owner';
  const supportAdmin = user.support_role === 'admin';
  return {
    admin: sellAdmin || chatAdmin || supportAdmin,
    manageSellRoles: sellAdmin,
    manageChatRoles: chatAdmin,
    manageSupportRoles: supportAdmin,
    manageSellSettings: sellAdmin,
    manageChatSettings: chatAdmin,
  };
}
