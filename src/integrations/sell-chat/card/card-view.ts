import type { MatchReason } from '../../../sell/index.ts';
import type { SellAccessError } from '../access/access-errors.ts';
import type { VisitorDetails } from '../chats/load-agent-chat.ts';
import type { OwnerOptions } from '../owners/owner-rules.ts';
import type { AccessMode, WidgetName } from '../sell-chat-tables.ts';
import type { CardField } from './render-fields.ts';

export type CardRecord = {
  type: 'lead' | 'contact';
  /** Which published widget its fields come from (S-19). */
  widget: WidgetName;
  id: number;
  name: string;
  ownerId: number | null;
  fields: CardField[];
};

export type CardDeal = { id: number; name: string; value: string; currency: string; stageName: string; stageCategory: string; ownerId: number | null };

/** What the agent may do when nothing matches (W-2): create a lead, or why not (S-26). */
export type CreateLeadOffer =
  | { allowed: true; prefill: { firstName: string; lastName: string; email: string | null; phone: string | null }; owner: OwnerOptions }
  | { allowed: false; reason: SellAccessError };

/** The Sell card beside a chat (W-1, S-22, O-5, O-6). */
export type ChatCard = {
  chatId: string;
  visitor: VisitorDetails;
  access: { mode: AccessMode; actingAs: { id: number; name: string } };
  result: 'match' | 'no_match';
  match: {
    /** "matched by email", in which field (O-5). */
    matchedBy: MatchReason[];
    record: CardRecord;
    /** A person's company, when the acting user may see it. */
    company: CardRecord | null;
    deals: CardDeal[];
    /** Further matches, best first: the agent can tell there are several. */
    others: { type: 'lead' | 'contact'; id: number; name: string; matchedBy: MatchReason[] }[];
  } | null;
  /** S-22: nothing matched, said plainly; with the Create lead offer (hidden while anything matches, O-6). */
  noMatch: { reason: 'no_details' | 'no_record'; message: string; createLead: CreateLeadOffer } | null;
};
