import type { ContactView } from '../contacts/contact-view.ts';
import type { LeadView } from '../leads/lead-view.ts';

/** A visitor's details as a chat knows them; either may be missing. */
export type VisitorDetails = { email?: string | null | undefined; phone?: string | null | undefined };

/** What matched: by email or phone, in which field of the record (a custom field by id and name). */
export type MatchReason = {
  by: 'email' | 'phone';
  field: 'email' | 'phone' | 'mobile' | 'custom';
  customFieldId: number | null;
  customFieldName: string | null;
};

/** A deal on a contact's card. */
export type DealSummary = {
  id: number;
  name: string;
  /** decimal string */
  value: string;
  currency: string;
  ownerId: number | null;
  stageId: number;
  stageName: string;
  stageCategory: string;
  updatedAt: string;
};

/** One matching record with its card data, records shown as the Sell API shows them. */
export type VisitorMatch =
  | { resourceType: 'lead'; id: number; matchedBy: MatchReason[]; lead: LeadView }
  | {
      resourceType: 'contact';
      id: number;
      matchedBy: MatchReason[];
      contact: ContactView;
      /** a person's company (null for none, or one the actor may not see) */
      organization: ContactView | null;
      /** the contact's deals the actor may see, most recently updated first */
      deals: DealSummary[];
    };

/** The keys the visitor's details became (null: missing or unreadable) and the matches, best first. */
export type VisitorMatches = { email: string | null; phone: string | null; matches: VisitorMatch[] };
