import type { OpContext } from '../../../platform/context.ts';
import {
  countRecordsWithEmails,
  createLead,
  createLeadWithNote,
  createLeadSource,
  createNote,
  findVisitorMatches,
  getContact,
  getDeal,
  getLead,
  listCustomFieldViews,
  listLeadSources,
  listLeadStatusViews,
  listPoolViews,
  type LeadInput,
  type NoteInput,
  type VisitorMatches,
} from '../../../sell/index.ts';
import type { CustomFieldItem, LeadPool, LeadStatusItem, NamedItem, SellView } from './sell-records.ts';

/**
 * Everything the integration asks of Sell, in one place and only through Sell's public operations.
 * Each call names the OpContext whose actor is the Sell user the integration acts as, so what comes
 * back is what Sell lets that user see or do (A-3, S-12, S-13).
 */
export const sellGateway = {
  /** O-5: the visitor's leads and contacts with their card data, best first. */
  matchVisitor(as: OpContext, visitor: { email: string | null; phone: string | null }): Promise<VisitorMatches> {
    return findVisitorMatches(as, visitor);
  },

  async record(as: OpContext, type: 'lead' | 'contact' | 'deal', id: number): Promise<SellView> {
    if (type === 'lead') return (await getLead(as, id)) as SellView;
    if (type === 'contact') return (await getContact(as, id)) as SellView;
    return (await getDeal(as, id)) as SellView;
  },

  async leadStatuses(as: OpContext): Promise<LeadStatusItem[]> {
    return (await listLeadStatusViews(as)).map((s) => ({ id: s.id, name: s.name, isDefault: s.default }));
  },

  async leadSources(as: OpContext): Promise<NamedItem[]> {
    return (await listLeadSources(as)).map((s) => ({ id: s.id, name: s.name }));
  },

  async createLeadSource(as: OpContext, name: string): Promise<NamedItem> {
    const source = await createLeadSource(as, name);
    return { id: source.id, name: source.name };
  },

  async leadPools(as: OpContext): Promise<LeadPool[]> {
    return (await listPoolViews(as)).map((p) => ({ id: p.id, name: p.name, resourceType: p.resource_type, nextUserId: p.next_user_id }));
  },

  async customFields(as: OpContext, resourceType: 'lead' | 'contact'): Promise<CustomFieldItem[]> {
    return (await listCustomFieldViews(as, resourceType)).map((f) => ({
      id: f.id,
      name: f.name,
      type: f.type,
      forContact: 'for_contact' in f ? Boolean(f.for_contact) : false,
      forOrganisation: 'for_organisation' in f ? Boolean(f.for_organisation) : false,
    }));
  },

  createLead(as: OpContext, input: LeadInput) {
    return createLead(as, input);
  },

  /** The lead and the agent's note on it, the note written by whoever Sell is asked as. */
  createLeadWithNote(as: OpContext, input: LeadInput, note: string) {
    return createLeadWithNote(as, input, note);
  },

  createNote(as: OpContext, input: NoteInput) {
    return createNote(as, input);
  },

  /** B-3: leads and contacts carrying any of these emails, account-wide (Sell admins). */
  countRecordsWithEmails(as: OpContext, emails: Iterable<string>): Promise<number> {
    return countRecordsWithEmails(as, emails);
  },
};
