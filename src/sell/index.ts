/**
 * Sell's public interface. Nothing outside src/sell reaches into its folders: other parts of the
 * server (the Sell–Chat integration above all) call these operations with an OpContext whose actor is
 * the Sell user they act for, so Sell's own visibility rules (A-3, S-12) apply to everything returned.
 * Records come back as the Sell Core API v2 shows them (the `*View` types); writes return stored rows.
 */
import './sell-events.ts';

export type { ResourceType, NamedItemKind, LeadRow, ContactRow, DealRow } from './sell-tables.ts';
export type { TrackedChange } from './sell-events.ts';
export type { ListRequest, ListResult } from './records/list-request.ts';

// Leads, contacts and deals as the API presents them.
export { createLead } from './leads/create-lead.ts';
export { createLeadWithNote } from './leads/create-lead-with-note.ts';
export type { LeadInput } from './leads/lead-input.ts';
export { getLead } from './leads/get-lead.ts';
export type { LeadView } from './leads/lead-view.ts';
export { getContact } from './contacts/get-contact.ts';
export type { ContactView } from './contacts/contact-view.ts';
export { getDeal } from './deals/get-deal.ts';
export type { DealView } from './deals/deal-view.ts';

// Notes (they appear in the record's feed).
export { createNote } from './notes/create-note.ts';
export type { NoteInput } from './notes/note-input.ts';
export { toNoteView } from './notes/note-view.ts';

// What a lead is filled in with: statuses, sources, owners (users and distribution pools).
export { listLeadStatusViews } from './lead-statuses/list-lead-status-views.ts';
export { listLeadSources } from './named-items/list-lead-sources.ts';
export { createLeadSource } from './named-items/create-lead-source.ts';
export { listSellUsers } from './users/list-sell-users.ts';
export { getSellUser } from './users/get-sell-user.ts';
export { toSellUserView } from './users/sell-user-view.ts';
export { listPoolViews } from './pools/list-pool-views.ts';
export { listCustomFieldViews } from './custom-fields/list-custom-field-views.ts';
/** The one pool rotation every entry point uses (createLead runs it when given `pool_id`). */
export { assignFromPool, type PoolAssignment } from './pools/assign-from-pool.ts';

// The activity feed.
export { listFeed, type FeedRequest } from './feed/list-feed.ts';
export { feedKinds, type FeedKind } from './feed/feed-kinds.ts';
// Items another part of the system projects into feeds (past chats, W-5): the system acts, not a user.
export type { FeedProjectionContext, FeedRecordRef, ExternalFeedItem, ExternalFeedLine, ExternalFeedKind } from './feed/external-feed.ts';
export { saveExternalFeedItem } from './feed/save-external-feed-item.ts';
export { addExternalFeedLines } from './feed/add-external-feed-lines.ts';
export { readExternalFeedItem } from './feed/read-external-feed-item.ts';
export { listExternalFeedKeys } from './feed/list-external-feed-keys.ts';
export { setFeedGroupHidden } from './feed/set-feed-group-hidden.ts';
export { findFeedRecordsByEmails } from './feed/find-feed-records-by-emails.ts';
export { feedEmailsOfRecord } from './feed/feed-emails-of-record.ts';
/** Open feeds follow changes live (O-8): `sellFeedLiveOf(app).changed(accountId, records)`. */
export { SELL_NAMESPACE, sellFeedLiveOf, type SellFeedLive } from './feed/feed-live.ts';

// Finding a chat visitor's records (O-5) and how phone numbers are read.
export { findVisitorMatches } from './matching/find-visitor-matches.ts';
export { countRecordsWithEmails } from './matching/count-records-with-emails.ts';
export type { VisitorDetails, VisitorMatch, VisitorMatches, MatchReason, DealSummary } from './matching/visitor-match-view.ts';
export { setPhoneCountry } from './matching/set-phone-country.ts';
