import type { ChatRole, SellRole, SupportRole, User } from '../../ui/types';
import type { UpdateUserInput } from '../adminApi';

/** What the add and edit forms hold; selects keep ids as strings. */
export interface UserFormValues {
  name: string;
  email: string;
  sellRole: SellRole;
  sellFullAccess: boolean;
  reportsToId: string | null;
  chatRole: ChatRole;
  supportRole: SupportRole;
  /** Only used when adding a user; edits never send it. */
  password: string;
}

export const USER_FORM_FIELDS = [
  'name',
  'email',
  'password',
  'sellRole',
  'sellFullAccess',
  'reportsToId',
  'chatRole',
  'supportRole',
] as const;

export const EMPTY_USER_FORM: UserFormValues = {
  name: '',
  email: '',
  sellRole: 'user',
  sellFullAccess: false,
  reportsToId: null,
  chatRole: 'agent',
  supportRole: 'none',
  password: '',
};

export function userToFormValues(user: User): UserFormValues {
  return {
    name: user.name,
    email: user.email,
    sellRole: user.sellRole,
    sellFullAccess: user.sellFullAccess,
    reportsToId: user.reportsToId === null ? null : String(user.reportsToId),
    chatRole: user.chatRole,
    supportRole: user.supportRole,
    password: '',
  };
}

export function managerIdFromForm(value: string | null): number | null {
  return value ? Number(value) : null;
}

/** Only the fields that changed, so a save never touches what the user may not change. */
export function changedUserFields(before: UserFormValues, after: UserFormValues): UpdateUserInput {
  const changes: UpdateUserInput = {};
  if (after.name.trim() !== before.name) changes.name = after.name.trim();
  if (after.email.trim() !== before.email) changes.email = after.email.trim();
  if (after.sellRole !== before.sellRole) changes.sellRole = after.sellRole;
  if (after.sellFullAccess !== before.sellFullAccess) changes.sellFullAccess = after.sellFullAccess;
  if (after.reportsToId !== before.reportsToId) changes.reportsToId = managerIdFromForm(after.reportsToId);
  if (after.chatRole !== before.chatRole) changes.chatRole = after.chatRole;
  if (after.supportRole !== before.supportRole) changes.supportRole = after.supportRole;
  return changes;
}
