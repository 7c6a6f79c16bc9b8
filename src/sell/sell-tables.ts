import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Flag } from '../platform/db/schema.ts';
import type { Db } from '../platform/db/connect.ts';

export type ResourceType = 'lead' | 'contact' | 'deal';
export type SyncEventType = 'created' | 'updated' | 'deleted';
export type ContactPointRecordType = 'lead' | 'contact';
export type ContactPointKind = 'email' | 'phone';
export type NamedItemKind = 'lead_source' | 'deal_source' | 'loss_reason' | 'deal_unqualified_reason' | 'lead_unqualified_reason';

type Stamps = { created_at: string; updated_at: string };

/** The contact details leads and contacts both have. */
export type PersonColumns = {
  title: string | null;
  description: string | null;
  industry: string | null;
  website: string | null;
  email: string | null;
  email_lower: string | null;
  phone: string | null;
  phone_e164: string | null;
  mobile: string | null;
  mobile_e164: string | null;
  fax: string | null;
  twitter: string | null;
  facebook: string | null;
  linkedin: string | null;
  skype: string | null;
  /** JSON text: {line1, city, postal_code, state, country} */
  address: string | null;
};

export type SellTables = {
  sell_settings: { account_id: number; currency: string; timezone: string; time_format: string; updated_at: string; /** ISO country for phone numbers written without "+"; null: the default */ phone_country: Generated<string | null> };
  sell_lead_statuses: Stamps & { id: Generated<number>; account_id: number; name: string; name_lower: string; position: number; is_default: Flag };
  sell_named_items: Stamps & { id: Generated<number>; account_id: number; kind: NamedItemKind; name: string; name_lower: string; creator_id: number | null };
  sell_leads: Stamps &
    PersonColumns & {
      id: Generated<number>;
      account_id: number;
      owner_id: number | null;
      creator_id: number | null;
      first_name: string | null;
      last_name: string | null;
      organization_name: string | null;
      status: string | null;
      source_id: number | null;
      converted_at: string | null;
      converted_contact_id: number | null;
      converted_deal_id: number | null;
    };
  sell_contacts: Stamps &
    PersonColumns & {
      id: Generated<number>;
      account_id: number;
      owner_id: number | null;
      creator_id: number | null;
      is_organization: Flag;
      contact_id: number | null;
      name: string | null;
      first_name: string | null;
      last_name: string | null;
      customer_status: string | null;
      prospect_status: string | null;
      billing_address: string | null;
      shipping_address: string | null;
      lead_id: number | null;
    };
  sell_pipelines: Stamps & { id: Generated<number>; account_id: number; name: string; disabled: Flag; position: number };
  sell_stages: Stamps & {
    id: Generated<number>;
    account_id: number;
    pipeline_id: number;
    name: string;
    category: string;
    active: Flag;
    likelihood: number;
    position: number;
  };
  sell_deals: Stamps & {
    id: Generated<number>;
    account_id: number;
    owner_id: number | null;
    creator_id: number | null;
    name: string;
    contact_id: number | null;
    organization_id: number | null;
    value: string;
    currency: string;
    hot: Flag;
    stage_id: number;
    source_id: number | null;
    loss_reason_id: number | null;
    unqualified_reason_id: number | null;
    estimated_close_date: string | null;
    customized_win_likelihood: number | null;
    last_stage_change_at: string | null;
    last_stage_change_by_id: number | null;
    last_activity_at: string | null;
    added_at: string | null;
    lead_id: number | null;
  };
  sell_deal_contacts: Stamps & { account_id: number; deal_id: number; contact_id: number; role: string };
  sell_notes: Stamps & { id: Generated<number>; account_id: number; creator_id: number | null; resource_type: ResourceType; resource_id: number; content: string };
  sell_tasks: Stamps & {
    id: Generated<number>;
    account_id: number;
    creator_id: number | null;
    owner_id: number | null;
    resource_type: ResourceType | null;
    resource_id: number | null;
    content: string;
    due_date: string | null;
    remind_at: string | null;
    completed: Flag;
    completed_at: string | null;
  };
  sell_tags: Stamps & { id: Generated<number>; account_id: number; creator_id: number | null; resource_type: ResourceType; name: string; name_lower: string };
  sell_taggings: { account_id: number; resource_type: ResourceType; resource_id: number; tag_id: number };
  sell_custom_fields: Stamps & {
    id: Generated<number>;
    account_id: number;
    resource_type: ResourceType;
    name: string;
    name_lower: string;
    type: string;
    /** JSON text: [{id, name}] for list and multi-select fields */
    choices: string | null;
    filterable: Flag;
    for_contact: Flag;
    for_organisation: Flag;
    position: number;
  };
  sell_custom_values: { account_id: number; resource_type: ResourceType; resource_id: number; field_id: number; value: string };
  sell_pools: Stamps & { id: Generated<number>; account_id: number; name: string; name_lower: string; resource_type: ResourceType; next_position: number };
  sell_pool_members: { pool_id: number; user_id: number; position: number };
  sell_pool_picks: {
    id: Generated<number>;
    account_id: number;
    pool_id: number;
    user_id: number;
    resource_type: ResourceType;
    resource_id: number | null;
    reason: string;
    created_at: string;
  };
  sell_record_revisions: { account_id: number; resource_type: ResourceType; resource_id: number; revision: number; event_type: SyncEventType; owner_id: number | null };
  sell_sync_devices: { id: string; account_id: number; user_id: number; device_uuid: string; created_at: string };
  sell_sync_acks: { device_id: string; resource_type: ResourceType; resource_id: number; revision: number };
  sell_sync_sessions: { id: string; device_id: string; position: number; total: number; created_at: string };
  sell_sync_session_items: { session_id: string; seq: number; resource_type: ResourceType; resource_id: number; revision: number; event_type: SyncEventType };
  sell_feed_items: Stamps & {
    id: Generated<number>;
    account_id: number;
    resource_type: ResourceType;
    resource_id: number;
    kind: string;
    source_key: string;
    actor_id: number | null;
    payload: string;
    occurred_at: string;
    hidden: Flag;
    /** Who projected it from elsewhere (e.g. 'chat'); null for Sell's own. Its body is in sell_feed_externals. */
    source_group: Generated<string | null>;
  };
  /** The shared body of a projected feed item, attached to records by sell_feed_items.source_key. */
  sell_feed_externals: { account_id: number; source_key: string; source_group: string; /** JSON text */ data: string; updated_at: string };
  /** Its lines (a chat's transcript), by the projector's own sequence numbers. */
  sell_feed_external_lines: { account_id: number; source_key: string; seq: number; /** JSON text */ data: string };
  /** Groups of projected items hidden from every feed (S-25): nothing is deleted. */
  sell_feed_hidden_groups: { account_id: number; source_group: string; hidden_at: string };
  sell_products: Stamps & {
    id: Generated<number>;
    account_id: number;
    name: string;
    description: string | null;
    sku: string | null;
    active: Flag;
    /** decimal string */
    cost: string;
    cost_currency: string;
    max_discount: number | null;
    max_markup: number | null;
  };
  sell_product_prices: { account_id: number; product_id: number; currency: string; /** decimal string */ amount: string; position: number };
  sell_orders: Stamps & { id: Generated<number>; account_id: number; deal_id: number; discount: number };
  sell_line_items: Stamps & {
    id: Generated<number>;
    account_id: number;
    order_id: number;
    product_id: number | null;
    name: string;
    sku: string | null;
    description: string | null;
    /** decimal strings; variation is a signed percentage */
    price: string;
    value: string;
    variation: string;
    currency: string;
    quantity: number;
  };
  sell_call_outcomes: Stamps & { id: Generated<number>; account_id: number; name: string; name_lower: string; creator_id: number | null };
  sell_calls: Stamps & {
    id: Generated<number>;
    account_id: number;
    user_id: number | null;
    resource_type: CallResourceType | null;
    resource_id: number | null;
    summary: string | null;
    recording_url: string | null;
    outcome_id: number | null;
    duration: number | null;
    phone_number: string;
    incoming: Flag;
    missed: Flag;
    external_id: string | null;
    made_at: string;
  };
  sell_call_deals: { account_id: number; call_id: number; deal_id: number };
  sell_collaborations: Stamps & { id: Generated<number>; account_id: number; creator_id: number | null; resource_type: ResourceType; resource_id: number; collaborator_id: number };
  sell_text_messages: Stamps & {
    id: Generated<number>;
    account_id: number;
    user_id: number | null;
    resource_type: ResourceType;
    resource_id: number;
    resource_phone_number: string | null;
    user_phone_number: string | null;
    content: string;
    incoming: Flag;
    sent_at: string;
    /** JSON text: [deal id, ...] */
    associated_deal_ids: string;
  };
  /** Matching keys of leads and contacts (O-5), kept in step by every write: see contact-points/. */
  sell_contact_points: {
    account_id: number;
    resource_type: ContactPointRecordType;
    resource_id: number;
    kind: ContactPointKind;
    /** lower-case email or E.164 phone number */
    value: string;
    /** 'email' | 'phone' | 'mobile' | 'custom' */
    field: string;
    custom_field_id: number | null;
  };
  sell_visit_outcomes: Stamps & { id: Generated<number>; account_id: number; name: string };
  sell_visits: Stamps & {
    id: Generated<number>;
    account_id: number;
    creator_id: number | null;
    outcome_id: number | null;
    resource_type: ResourceType;
    resource_id: number;
    resource_address: string | null;
    rep_location_verification_status: string | null;
    summary: string | null;
    visited_at: string;
  };
};

export type SellDatabase = Database & SellTables;
export type SellExecutor = Kysely<SellDatabase> | Transaction<SellDatabase>;

const sellViews = new WeakMap<Db, Kysely<SellDatabase>>();

/** Sell's view of the database: the platform's tables plus its own (one per database, made once). */
export function sellDb(db: Db): Kysely<SellDatabase> {
  let view = sellViews.get(db);
  if (!view) {
    view = db.kysely.withTables<SellTables>();
    sellViews.set(db, view);
  }
  return view;
}

export type LeadRow = Selectable<SellTables['sell_leads']>;
export type ContactRow = Selectable<SellTables['sell_contacts']>;
export type DealRow = Selectable<SellTables['sell_deals']>;
/** Calls are made to a lead or a contact (or to neither). */
export type CallResourceType = 'lead' | 'contact';
export type ProductRow = Selectable<SellTables['sell_products']>;
export type OrderRow = Selectable<SellTables['sell_orders']>;
export type LineItemRow = Selectable<SellTables['sell_line_items']>;
export type CallRow = Selectable<SellTables['sell_calls']>;
export type CollaborationRow = Selectable<SellTables['sell_collaborations']>;
