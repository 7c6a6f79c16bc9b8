import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatRole, SellRole, SupportRole } from '../ui/types';
import { CHAT_ROLES, SELL_ROLES, SUPPORT_ROLES } from '../ui/types';

export function useRoleLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      sell: (role: SellRole) => t(`roles.sell.${role}`),
      chat: (role: ChatRole) => t(`roles.chat.${role}`),
      support: (role: SupportRole) => t(`roles.support.${role}`),
    }),
    [t],
  );
}

/** Options for the role selects; the Chat owner option only for those who may hand it on. */
export function useRoleOptions(includeOwner: boolean) {
  const labels = useRoleLabels();
  return useMemo(
    () => ({
      sell: SELL_ROLES.map((role) => ({ value: role, label: labels.sell(role) })),
      chat: CHAT_ROLES.filter((role) => includeOwner || role !== 'owner').map((role) => ({
        value: role,
        label: labels.chat(role),
      })),
      support: SUPPORT_ROLES.map((role) => ({ value: role, label: labels.support(role) })),
    }),
    [labels, includeOwner],
  );
}
