import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import type { Database, Flag } from '../../platform/db/schema.ts';

/** S-12 / S-13: who among the agents sees Sell data in Chat. */
export type AccessMode = 'sell_users' | 'all_agents';
export type OwnerEntryKind = 'user' | 'pool';
/** S-19: the three cards an agent can see (a lead, a person contact, a company contact). */
export type WidgetName = 'lead' | 'person' | 'company';
export type AuditRecordType = 'lead' | 'contact' | 'deal';

export type SellChatTables = {
  sell_chat_settings: {
    account_id: number;
    enabled: Flag;
    access_mode: AccessMode;
    /** A lead status id; null = the list's default at the time a lead is made (O-2). */
    assign_status_id: number | null;
    /** A lead source id; null = none (O-3). */
    assign_source_id: number | null;
    allow_any_owner: Flag;
    past_chats_enabled: Flag;
    offline_leads_enabled: Flag;
    updated_by_id: number | null;
    updated_at: string;
  };
  sell_chat_owner_entries: { account_id: number; kind: OwnerEntryKind; ref_id: number; position: number };
  sell_chat_widgets: {
    account_id: number;
    widget: WidgetName;
    /** JSON arrays of field keys ("email", "custom:12"). */
    draft_fields: string;
    published_fields: string;
    edited_at: string | null;
    edited_by_id: number | null;
    published_at: string | null;
    published_by_id: number | null;
  };
  sell_chat_lead_origins: { account_id: number; lead_id: number; chat_id: string; agent_id: number | null; created_at: string };
  /** B-2: one row per offline message that became a lead, taken as a claim before the lead is made. */
  sell_chat_offline_leads: { account_id: number; offline_message_id: string; lead_id: number | null; created_at: string };
  sell_chat_read_audit: {
    id: Generated<number>;
    account_id: number;
    agent_id: number;
    agent_name: string;
    acting_user_id: number;
    chat_id: string;
    record_type: AuditRecordType;
    record_id: number;
    record_name: string;
    /** JSON array of the field keys shown. */
    fields: string;
    created_at: string;
  };
  sell_chat_notifications: {
    id: Generated<number>;
    account_id: number;
    user_id: number;
    kind: 'note_for_rep';
    actor_id: number | null;
    actor_name: string;
    chat_id: string | null;
    record_type: AuditRecordType;
    record_id: number;
    record_name: string;
    note_id: number | null;
    text: string;
    created_at: string;
    read_at: string | null;
  };
};

export type SellChatDatabase = Database & SellChatTables;
export type SellChatExecutor = Kysely<SellChatDatabase> | Transaction<SellChatDatabase>;

const views = new WeakMap<Db, Kysely<SellChatDatabase>>();

/** The integration's view of the database: the platform's tables plus its own (never Sell's or Chat's); one per database, made once. */
export function sellChatDb(db: Db): Kysely<SellChatDatabase> {
  let view = views.get(db);
  if (!view) views.set(db, (view = db.kysely.withTables<SellChatTables>()));
  return view;
}

export type SettingsRow = Selectable<SellChatTables['sell_chat_settings']>;
export type OwnerEntryRow = Selectable<SellChatTables['sell_chat_owner_entries']>;
export type WidgetRow = Selectable<SellChatTables['sell_chat_widgets']>;
export type AuditRow = Selectable<SellChatTables['sell_chat_read_audit']>;
export type NotificationRow = Selectable<SellChatTables['sell_chat_notifications']>;
