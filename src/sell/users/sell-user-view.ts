import type { UserRow } from '../../platform/identity/users.repo.ts';
import { apiTime } from '../records/api-time.ts';

/** A user as the Sell API shows it. */
export function toSellUserView(u: UserRow) {
  const role = u.sell_role === 'admin' ? 'admin' : 'user';
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role,
    roles: [{ id: role === 'admin' ? 1 : 2, name: role }],
    status: u.active ? 'active' : 'inactive',
    confirmed: true,
    invited: false,
    phone_number: null,
    timezone: 'UTC',
    team_name: null,
    group: null,
    reports_to: u.reports_to_id,
    full_access: u.sell_full_access === 1,
    deleted_at: null,
    zendesk_user_id: null,
    created_at: apiTime(u.created_at),
    updated_at: apiTime(u.updated_at),
  };
}
