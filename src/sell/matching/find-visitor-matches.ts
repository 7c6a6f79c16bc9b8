import type { OpContext } from '../../platform/context.ts';
import { emailKey, phoneKey, writtenInternationally } from '../../platform/contact-keys.ts';
import { listCustomFields } from '../custom-fields/custom-fields.repo.ts';
import { sellContext, type SellContext } from '../sell-context.ts';
import type { ContactPointRecordType } from '../sell-tables.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import { findPointMatches, type PointMatchRow } from './contact-points.repo.ts';
import { matchCard } from './match-card.ts';
import { phoneCountryOf } from './phone-country.ts';
import type { MatchReason, VisitorDetails, VisitorMatch, VisitorMatches } from './visitor-match-view.ts';

/** Cards returned at most; the first is the one a chat shows. */
const MAX_MATCHES = 10;

type Candidate = { type: ContactPointRecordType; id: number; updatedAt: string; rows: PointMatchRow[] };

/**
 * The leads and contacts whose emails or phone numbers are the visitor's (O-5), each with its card
 * data and what matched, limited to what the actor may see in Sell (a record they may not see is left
 * out, as if it did not exist). Emails compare case-insensitively after trimming against every email
 * of a record (custom email fields included); phone numbers compare in E.164 (numbers without "+" read
 * in the account's phone country) against phone, mobile and custom phone fields. Order: matched by email
 * before matched by phone, contacts before leads, most recently updated first.
 */
export async function findVisitorMatches(opCtx: OpContext, visitor: VisitorDetails, options: { limit?: number } = {}): Promise<VisitorMatches> {
  const ctx = await sellContext(opCtx);
  const email = emailKey(visitor.email);
  const phone = visitor.phone ? phoneKey(visitor.phone, writtenInternationally(visitor.phone) ? undefined : await phoneCountryOf(ctx.sell, ctx.account.id)) : null;
  if (email === null && phone === null) return { email, phone, matches: [] };

  const rows = (await findPointMatches(ctx.sell, ctx.account.id, email, phone)).rows as PointMatchRow[];
  const chosen = await visibleFirst(ctx, rank(rows), Math.max(1, Math.min(options.limit ?? MAX_MATCHES, MAX_MATCHES)));
  const reasons = await reasonsOf(ctx, chosen);
  const cards = await Promise.all(chosen.map((c) => matchCard(ctx, c.type, c.id, reasons(c))));
  return { email, phone, matches: cards.filter((c): c is VisitorMatch => c !== undefined) };
}

/** One candidate per record (a record may match on several fields), best first. */
function rank(rows: PointMatchRow[]): Candidate[] {
  const byRecord = new Map<string, Candidate>();
  for (const row of rows) {
    if (row.updated_at === null) continue; // a key whose record is gone
    const key = `${row.resource_type}:${row.resource_id}`;
    const candidate = byRecord.get(key) ?? { type: row.resource_type, id: row.resource_id, updatedAt: row.updated_at, rows: [] };
    candidate.rows.push(row);
    byRecord.set(key, candidate);
  }
  const candidates = [...byRecord.values()];
  for (const c of candidates) c.rows.sort(byReason);
  return candidates.sort(
    (a, b) =>
      kindRank(a) - kindRank(b) ||
      (a.type === b.type ? 0 : a.type === 'contact' ? -1 : 1) ||
      (a.updatedAt === b.updatedAt ? 0 : a.updatedAt > b.updatedAt ? -1 : 1) ||
      b.id - a.id,
  );
}

/** The first `limit` candidates the actor may see (Sell's own rule: owner in view, or a collaborator). */
async function visibleFirst(ctx: SellContext, candidates: Candidate[], limit: number) {
  const visible: Candidate[] = [];
  for (const c of candidates) {
    if (visible.length === limit) break;
    if (await canSeeRecord(ctx, c.type, { id: c.id, owner_id: c.rows[0]!.owner_id })) visible.push(c);
  }
  return visible;
}

const FIELD_ORDER = ['email', 'phone', 'mobile', 'custom'];

function byReason(a: PointMatchRow, b: PointMatchRow) {
  return (a.kind === b.kind ? 0 : a.kind === 'email' ? -1 : 1) || FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || (a.custom_field_id ?? 0) - (b.custom_field_id ?? 0);
}

function kindRank(c: Candidate) {
  return c.rows[0]!.kind === 'email' ? 0 : 1;
}

/** What matched on each record, custom fields by name (read only when a custom field matched). */
async function reasonsOf(ctx: SellContext, chosen: Candidate[]) {
  const names = new Map<number, string>();
  for (const type of ['lead', 'contact'] as const) {
    if (chosen.some((c) => c.type === type && c.rows.some((r) => r.custom_field_id !== null))) {
      for (const f of await listCustomFields(ctx.sell, ctx.account.id, type)) names.set(f.id, f.name);
    }
  }
  return (c: Candidate): MatchReason[] =>
    c.rows.map((r) => ({
      by: r.kind,
      field: r.field,
      customFieldId: r.custom_field_id,
      customFieldName: r.custom_field_id === null ? null : (names.get(r.custom_field_id) ?? null),
    }));
}
