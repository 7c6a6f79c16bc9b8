import type { AccessMode, OwnerEntryKind, SellChatExecutor } from '../sell-chat-tables.ts';
import { findSettingsRow, listOwnerEntryRows } from './settings.repo.ts';

export type OwnerEntryRef = { kind: OwnerEntryKind; id: number };

/** The integration's settings as every operation reads them, with the defaults of O-1 … O-3 filled in. */
export type IntegrationSettings = {
  enabled: boolean;
  accessMode: AccessMode;
  assignStatusId: number | null;
  assignSourceId: number | null;
  ownerEntries: OwnerEntryRef[];
  allowAnyOwner: boolean;
  pastChatsEnabled: boolean;
  offlineLeadsEnabled: boolean;
  updatedAt: string | null;
};

export const DEFAULT_SETTINGS: IntegrationSettings = {
  enabled: false,
  accessMode: 'sell_users', // O-1: least privilege
  assignStatusId: null, // O-2: the status list's default, resolved when a lead is made
  assignSourceId: null, // O-3: no source
  ownerEntries: [],
  allowAnyOwner: false,
  pastChatsEnabled: false,
  offlineLeadsEnabled: false,
  updatedAt: null,
};

export async function loadSettings(db: SellChatExecutor, accountId: number): Promise<IntegrationSettings> {
  const [row, entries] = await Promise.all([findSettingsRow(db, accountId), listOwnerEntryRows(db, accountId)]);
  const ownerEntries = entries.map((e) => ({ kind: e.kind, id: e.ref_id }));
  if (!row) return { ...DEFAULT_SETTINGS, ownerEntries };
  return {
    enabled: row.enabled === 1,
    accessMode: row.access_mode,
    assignStatusId: row.assign_status_id,
    assignSourceId: row.assign_source_id,
    ownerEntries,
    allowAnyOwner: row.allow_any_owner === 1,
    pastChatsEnabled: row.past_chats_enabled === 1,
    offlineLeadsEnabled: row.offline_leads_enabled === 1,
    updatedAt: row.updated_at,
  };
}
