// Shapes of the Sell–Chat integration's API (/api/integrations/sell-chat), as the server answers them.

export type AccessMode = 'sell_users' | 'all_agents';
export type OwnerEntryKind = 'user' | 'pool';
export type WidgetName = 'lead' | 'person' | 'company';

export type OwnerRef = { kind: OwnerEntryKind; id: number };

/** A configured owner (S-16) with its name, and why it cannot take leads now (O-4), if it cannot. */
export type OwnerEntry = OwnerRef & {
  name: string;
  unavailable: null | 'deleted' | 'deactivated' | 'no_sell_seat' | 'no_active_member' | 'not_a_lead_pool';
};

export type IntegrationSettings = {
  enabled: boolean;
  accessMode: AccessMode;
  assignStatusId: number | null;
  assignSourceId: number | null;
  ownerEntries: OwnerEntry[];
  allowAnyOwner: boolean;
  pastChatsEnabled: boolean;
  offlineLeadsEnabled: boolean;
  updatedAt: string | null;
};

/** S-11 / S-23: green when `on`; `state` says why it is off. */
export type ElementStatus = {
  on: boolean;
  state: 'not_installed' | 'disabled' | 'needs_authorization' | 'active' | 'enabled';
  installationId: number | null;
};

export type ElementName = 'sellAppInChat' | 'chatAppInSell' | 'pastChats';

export type SettingsWarning = { code: string; message: string; entry?: OwnerRef };

export type OwnerRule = 'creating_agent' | 'topmost_manager' | 'acting_user' | 'only_entry' | 'picked_entry' | 'picked_any';

export type NamedChoice = { id: number; name: string };
export type StatusChoice = NamedChoice & { isDefault?: boolean };

export type SettingsAnswer = {
  settings: IntegrationSettings;
  assignStatus: (StatusChoice & { usesDefault: boolean }) | null;
  assignSource: NamedChoice | null;
  topmostManager: NamedChoice | null;
  ownerDefault: { rule: OwnerRule; name: string | null };
  warnings: SettingsWarning[];
  elements: Record<ElementName, ElementStatus>;
  /** Null when the viewer has no Sell seat to read the choices with. */
  choices: { statuses: StatusChoice[]; sources: NamedChoice[]; users: NamedChoice[]; pools: NamedChoice[] } | null;
  widgets: WidgetSummary[];
  canEdit: boolean;
};

/** What PATCH /settings takes: each setting on its own. */
export type SettingsPatch = Partial<{
  enabled: boolean;
  accessMode: AccessMode;
  assignStatusId: number | null;
  assignSourceId: number | null;
  assignSourceName: string;
  ownerEntries: OwnerRef[];
  allowAnyOwner: boolean;
  pastChatsEnabled: boolean;
  offlineLeadsEnabled: boolean;
}>;

/** B-3: who would gain sight of what once past chats are on. */
export type PastChatExposure = {
  accessMode: AccessMode;
  agents: number;
  records: number;
  agentsByMode: Record<AccessMode, number>;
};

export type Person = { id: number; name: string };

export type WidgetSummary = {
  widget: WidgetName;
  draft: string[];
  published: string[];
  unpublishedChanges: boolean;
  editedAt: string | null;
  editedBy: Person | null;
  publishedAt: string | null;
  publishedBy: Person | null;
};

export type CatalogueField = { key: string; label: string; type: string; custom: boolean };

export type WidgetEditorAnswer = { widgets: WidgetSummary[]; catalogue: Record<WidgetName, CatalogueField[]> };

export type FieldValue = string | number | boolean | string[] | null;

/** One line of a widget, as a card shows it: `type` says how to show the value. */
export type CardField = { key: string; label: string; type: string; value: FieldValue };

export type AuditRecordType = 'lead' | 'contact' | 'deal';

export type AuditEntry = {
  id: number;
  at: string;
  agent: Person;
  chatId: string;
  record: { type: AuditRecordType; id: number; name: string };
  fields: string[];
  actingUserId: number;
};

export type AuditFilter = Partial<{
  agentId: number;
  recordType: AuditRecordType;
  recordId: number;
  chatId: string;
  from: string;
  to: string;
}>;

export type AuditPage = { items: AuditEntry[]; nextCursor: number | null };
