// Shapes of the Sell API v2 as the web app reads them (wire names kept: snake_case).

export type ResourceType = 'lead' | 'contact' | 'deal';

export interface Address {
  line1: string | null;
  city: string | null;
  postal_code: string | null;
  state: string | null;
  country: string | null;
}

export type CustomValues = Record<string, unknown>;

interface RecordBase {
  id: number;
  creator_id: number | null;
  owner_id: number | null;
  tags: string[];
  custom_fields: CustomValues;
  created_at: string;
  updated_at: string;
}

interface PersonDetails {
  title: string | null;
  description: string | null;
  industry: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  fax: string | null;
  twitter: string | null;
  facebook: string | null;
  linkedin: string | null;
  skype: string | null;
  address: Address;
}

export interface Lead extends RecordBase, PersonDetails {
  first_name: string | null;
  last_name: string | null;
  organization_name: string | null;
  status: string | null;
  source_id: number | null;
  converted_at: string | null;
  converted_contact_id: number | null;
  converted_deal_id: number | null;
}

export type CustomerStatus = 'none' | 'current' | 'past';
export type ProspectStatus = 'none' | 'current' | 'lost';

export interface Contact extends RecordBase, PersonDetails {
  is_organization: boolean;
  /** A person's organization. */
  contact_id: number | null;
  parent_organization_id: number | null;
  name: string | null;
  first_name: string | null;
  last_name: string | null;
  customer_status: CustomerStatus | null;
  prospect_status: ProspectStatus | null;
  lead_id: number | null;
}

export interface Deal extends RecordBase {
  name: string;
  /** A decimal string such as "1000.5"; never a float. */
  value: string;
  currency: string;
  hot: boolean;
  stage_id: number;
  contact_id: number | null;
  organization_id: number | null;
  source_id: number | null;
  loss_reason_id: number | null;
  unqualified_reason_id: number | null;
  estimated_close_date: string | null;
  customized_win_likelihood: number | null;
  last_stage_change_at: string | null;
  lead_id: number | null;
}

export interface AssociatedContact {
  contact_id: number;
  role: string;
  created_at: string;
  updated_at: string;
}

/** A user working on a lead, contact or deal beside its owner (who then sees it too). */
export interface Collaboration {
  id: number;
  creator_id: number | null;
  resource_type: ResourceType;
  resource_id: number;
  collaborator_id: number;
  created_at: string;
  updated_at: string;
}

export interface SellUser {
  id: number;
  name: string;
  email: string;
  role: 'user' | 'admin';
  status: 'active' | 'inactive';
  reports_to: number | null;
  full_access: boolean;
}

export interface SellAccount {
  id: number;
  name: string;
  currency: string;
  time_format: string;
  timezone: string;
}

export interface LeadStatus {
  id: number;
  name: string;
  position: number;
  default: boolean;
}

export interface NamedItem {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
}

export const CUSTOM_FIELD_TYPES = [
  'string',
  'text',
  'number',
  'bool',
  'date',
  'datetime',
  'email',
  'phone',
  'url',
  'list',
  'multi_select_list',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldChoice {
  id: number;
  name: string;
}

export interface CustomFieldDefinition {
  id: number;
  name: string;
  type: CustomFieldType;
  choices: CustomFieldChoice[];
  filterable: boolean;
  for_contact?: boolean;
  for_organisation?: boolean;
}

export interface Pipeline {
  id: number;
  name: string;
  disabled: boolean;
}

export type StageCategory = 'incoming' | 'in_progress' | 'won' | 'lost' | 'unqualified';

export interface Stage {
  id: number;
  name: string;
  category: StageCategory | string;
  active: boolean;
  likelihood: number;
  position: number;
  pipeline_id: number;
}

export interface Note {
  id: number;
  creator_id: number | null;
  content: string;
  resource_type: ResourceType;
  resource_id: number;
  created_at: string;
}

export interface Task {
  id: number;
  creator_id: number | null;
  owner_id: number | null;
  resource_type: ResourceType | null;
  resource_id: number | null;
  content: string;
  due_date: string | null;
  remind_at: string | null;
  completed: boolean;
  completed_at: string | null;
  overdue: boolean;
  created_at: string;
}

export interface Tag {
  id: number;
  name: string;
  resource_type: ResourceType;
}

export const FEED_KINDS = [
  'created',
  'note',
  'task',
  'task_completed',
  'status_changed',
  'owner_changed',
  'stage_changed',
  'converted',
  'chat',
] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedItem {
  id: number;
  kind: FeedKind;
  resource_type: ResourceType;
  resource_id: number;
  actor_id: number | null;
  occurred_at: string;
  data: Record<string, unknown>;
}

export interface PoolMember {
  user_id: number;
  name: string;
  active: boolean;
  position: number;
}

export interface Pool {
  id: number;
  name: string;
  resource_type: ResourceType;
  members: PoolMember[];
  next_user_id: number | null;
}

export interface PoolPick {
  id: number;
  user_id: number;
  user_name: string | null;
  resource_type: ResourceType;
  /** null while the record was still being created (or if it failed). */
  resource_id: number | null;
  reason: string;
  created_at: string;
}

/** What a lead conversion made. */
export interface LeadConversion {
  lead_id: number;
  individual_id: number | null;
  organization_id: number | null;
  deal_id: number | null;
}

export type TokenScope = 'read' | 'write' | 'profile' | 'sync';
export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'write', 'profile', 'sync'];

/** A personal access token, from the internal API (camelCase there). */
export interface ApiToken {
  id: number;
  name: string;
  hint: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
}

/** One page of a collection, with whether neighbours exist. */
export interface Page<T> {
  items: T[];
  hasNext: boolean;
  hasPrev: boolean;
}
