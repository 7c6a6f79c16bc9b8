import { api } from '../ui/api';
import type { Account, ChatPlan, ChatRole, ChatVersion, SellRole, SupportRole, User } from '../ui/types';

export interface UserRoleFields {
  sellRole?: SellRole;
  sellFullAccess?: boolean;
  reportsToId?: number | null;
  chatRole?: ChatRole;
  supportRole?: SupportRole;
}

export interface CreateUserInput extends UserRoleFields {
  name: string;
  email: string;
  password: string;
}

export interface UpdateUserInput extends UserRoleFields {
  name?: string;
  email?: string;
}

export interface UpdateAccountInput {
  name?: string;
  chatPlan?: ChatPlan;
  chatVersion?: ChatVersion;
  topmostManagerId?: number | null;
}

export async function fetchUsers(): Promise<User[]> {
  return (await api.get<{ users: User[] }>('/api/users')).users;
}

export async function createUser(input: CreateUserInput): Promise<User> {
  return (await api.post<{ user: User }>('/api/users', input)).user;
}

export async function updateUser(id: number, input: UpdateUserInput): Promise<User> {
  return (await api.patch<{ user: User }>(`/api/users/${id}`, input)).user;
}

export async function setUserActive(id: number, active: boolean): Promise<User> {
  const action = active ? 'reactivate' : 'deactivate';
  return (await api.post<{ user: User }>(`/api/users/${id}/${action}`)).user;
}

export function resetUserPassword(id: number, password: string): Promise<void> {
  return api.post<void>(`/api/users/${id}/password`, { password });
}

export async function fetchAccount(): Promise<Account> {
  return (await api.get<{ account: Account }>('/api/account')).account;
}

export async function updateAccount(input: UpdateAccountInput): Promise<Account> {
  return (await api.patch<{ account: Account }>('/api/account', input)).account;
}

export async function migrateSellToPlatform(): Promise<Account> {
  return (await api.post<{ account: Account }>('/api/account/sell/migrate')).account;
}
