// Shapes of the internal API (docs/internal-api.md).

export type SellKind = 'platform' | 'legacy';
export type ChatPlan = 'lite' | 'team' | 'professional' | 'enterprise';
export type ChatVersion = 'phase3' | 'phase4';
export type SellRole = 'none' | 'user' | 'admin';
export type ChatRole = 'none' | 'agent' | 'admin' | 'owner';
export type SupportRole = 'none' | 'agent' | 'admin';
export type Locale = 'en' | 'ja';

export interface Account {
  id: number;
  subdomain: string;
  name: string;
  sellKind: SellKind;
  chatPlan: ChatPlan;
  chatVersion: ChatVersion;
  /** null = the Chat owner (the account owner) */
  topmostManagerId: number | null;
  /** The effective topmost manager. */
  topmostManager: { id: number; name: string } | null;
  createdAt: string;
}

export interface User {
  id: number;
  email: string;
  name: string;
  active: boolean;
  sellRole: SellRole;
  sellFullAccess: boolean;
  reportsToId: number | null;
  chatRole: ChatRole;
  supportRole: SupportRole;
  locale: Locale | null;
  createdAt: string;
  updatedAt: string;
}

export interface Permissions {
  admin: boolean;
  manageSellRoles: boolean;
  manageChatRoles: boolean;
  manageSupportRoles: boolean;
  manageSellSettings: boolean;
  manageChatSettings: boolean;
}

export interface SessionInfo {
  user: User;
  account: Account;
  csrfToken: string;
  permissions: Permissions;
}

export interface FieldError {
  field: string;
  message: string;
}

export const SELL_ROLES: readonly SellRole[] = ['none', 'user', 'admin'];
export const CHAT_ROLES: readonly ChatRole[] = ['none', 'agent', 'admin', 'owner'];
export const SUPPORT_ROLES: readonly SupportRole[] = ['none', 'agent', 'admin'];
export const CHAT_PLANS: readonly ChatPlan[] = ['lite', 'team', 'professional', 'enterprise'];
export const CHAT_VERSIONS: readonly ChatVersion[] = ['phase3', 'phase4'];
