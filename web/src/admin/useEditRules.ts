import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../auth/useSession';
import type { User } from '../ui/types';

/** For each editable part of a user: null when the current user may change it, else why not. */
export interface EditRules {
  sell: string | null;
  chat: string | null;
  support: string | null;
  /** May the current user hand Chat ownership to someone? */
  canGrantOwnership: boolean;
}

export function useEditRules(target?: User): EditRules {
  const { t } = useTranslation();
  const { user: me, permissions } = useSignedInSession();
  let chat: string | null = permissions.manageChatRoles ? null : t('permissions.chatRolesOnly');
  if (!chat && target?.chatRole === 'owner') chat = t('permissions.ownerRoleLocked');
  return {
    sell: permissions.manageSellRoles ? null : t('permissions.sellRolesOnly'),
    chat,
    support: permissions.manageSupportRoles ? null : t('permissions.supportRolesOnly'),
    canGrantOwnership: me.chatRole === 'owner',
  };
}

/** Why the active state of a user cannot be changed, or null when it can. */
export function useDeactivateBlockReason(target: User): string | null {
  const { t } = useTranslation();
  const { user: me } = useSignedInSession();
  if (!target.active) return null;
  if (target.chatRole === 'owner') return t('permissions.ownerCannotBeDeactivated');
  if (target.id === me.id) return t('permissions.cannotDeactivateSelf');
  return null;
}
