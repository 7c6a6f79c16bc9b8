import type { UserRow } from './users.repo.ts';

export type UserView = {
  id: number;
  email: string;
  name: string;
  active: boolean;
  sellRole: UserRow['sell_role'];
  sellFullAccess: boolean;
  reportsToId: number | null;
  chatRole: UserRow['chat_role'];
  supportRole: UserRow['support_role'];
  locale: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What the API shows of a user: never the password hash. */
export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    active: u.active === 1,
    sellRole: u.sell_role,
    sellFullAccess: u.sell_full_access === 1,
    reportsToId: u.reports_to_id,
    chatRole: u.chat_role,
    supportRole: u.support_role,
    locale: u.locale,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
  };
}
