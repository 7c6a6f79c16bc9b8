// The card beside a chat, as GET /api/integrations/sell-chat/chats/:chatId/card answers it (docs/sell-chat.md).
import type { CardField, OwnerRef, OwnerRule, SettingsWarning } from '../api/types';

export type CardVisitor = { name: string | null; email: string | null; phone: string | null };

export type MatchReason = {
  by: 'email' | 'phone';
  field: 'email' | 'phone' | 'mobile' | 'custom';
  customFieldId: number | null;
  customFieldName: string | null;
};

export type CardRecord = {
  type: 'lead' | 'contact';
  widget: 'lead' | 'person' | 'company';
  id: number;
  name: string;
  ownerId: number | null;
  fields: CardField[];
};

export type CardDeal = { id: number; name: string; value: string; currency: string; stageName: string; stageCategory: string; ownerId: number | null };

export type OwnerChoice = OwnerRef & { name: string; configured: boolean };

/** Who a lead made from Chat goes to, and whether the agent must pick (S-16, S-17, S-18). */
export type OwnerOptions = {
  mode: 'fixed' | 'pick_entry' | 'pick_any';
  default: { owner: OwnerRef; name: string; rule: Exclude<OwnerRule, 'picked_entry' | 'picked_any'> } | null;
  required: boolean;
  choices: OwnerChoice[];
  warnings: SettingsWarning[];
};

/** Why the agent may not do something (S-26); `fix` names what an admin must change. */
export type AccessRefusal = { code: string; message: string; fix: string | null };

export type LeadPrefill = { firstName: string; lastName: string; email: string | null; phone: string | null };

export type CreateLeadOffer = { allowed: true; prefill: LeadPrefill; owner: OwnerOptions } | { allowed: false; reason: AccessRefusal };

export type CardMatch = {
  matchedBy: MatchReason[];
  record: CardRecord;
  company: CardRecord | null;
  deals: CardDeal[];
  others: { type: 'lead' | 'contact'; id: number; name: string; matchedBy: MatchReason[] }[];
};

export type ChatCard = {
  chatId: string;
  visitor: CardVisitor;
  access: { mode: 'sell_users' | 'all_agents'; actingAs: { id: number; name: string } };
  result: 'match' | 'no_match';
  match: CardMatch | null;
  noMatch: { reason: 'no_details' | 'no_record'; message: string; createLead: CreateLeadOffer } | null;
};

export type NewLeadInput = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  note?: string;
  owner?: OwnerRef | null;
};

export type CreatedLead = {
  lead: { id: number; name: string; ownerId: number | null; status: string | null; sourceId: number | null; chatId: string };
  owner: { kind: OwnerRef['kind']; id: number; name: string; rule: OwnerRule; assignedTo: { id: number; name: string } | null };
  noteId: number | null;
  warnings: SettingsWarning[];
};

export type NoteForRepInput = { recordType: 'lead' | 'contact' | 'deal'; recordId: number; content: string };
export type NoteForRepAnswer = { noteId: number; notified: { id: number; name: string } | null };
