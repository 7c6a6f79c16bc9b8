import { AppError } from '../../platform/http/app-error.ts';
import type { HistoryFilter } from '../history/history-filter.ts';

/**
 * Parses the Lucene-like `q` of `GET /chats/search` (chat-api.md 1.6): `type:chat|offline_msg`,
 * `timestamp:[A TO B]`, `end_timestamp:[A TO B]` (either bound may be `*`), `visitor_name:x`,
 * `visitor_email:x`, `AND` between clauses; any other word (or "quoted phrase") is free text.
 */
export function parseSearchQuery(q: string): HistoryFilter {
  const filter: HistoryFilter = {};
  const terms: string[] = [];
  const tokens = q.match(/\w+:\[[^\]]*\]|\w+:"[^"]*"|"[^"]*"|\S+/g) ?? [];
  for (const token of tokens) {
    if (token === 'AND') continue;
    if (token === 'OR' || token === 'NOT') throw badQuery(`${token} is not supported; clauses are joined with AND.`);
    const field = /^(\w+):(.*)$/.exec(token);
    if (!field) {
      terms.push(unquote(token));
      continue;
    }
    const [, name, raw] = field as unknown as [string, string, string];
    const value = unquote(raw);
    switch (name) {
      case 'type':
        if (value !== 'chat' && value !== 'offline_msg') throw badQuery('type is chat or offline_msg.');
        filter.type = value;
        break;
      case 'timestamp':
      case 'end_timestamp': {
        const [from, to] = range(name, raw);
        if (name === 'timestamp') Object.assign(filter, from && { from }, to && { to });
        else Object.assign(filter, { ended: true }, from && { endFrom: from }, to && { endTo: to });
        break;
      }
      case 'visitor_name':
        filter.visitorName = value;
        break;
      case 'visitor_email':
        filter.visitorEmail = value;
        break;
      default:
        terms.push(value);
    }
  }
  if (terms.length > 0) filter.terms = terms;
  return filter;
}

function range(name: string, raw: string): [string | undefined, string | undefined] {
  const m = /^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$/.exec(raw);
  if (!m) throw badQuery(`Write ${name}:[2024-01-01T00:00:00Z TO 2024-02-01T00:00:00Z] (a bound may be *).`);
  return [bound(m[1]!), bound(m[2]!)];
}

function bound(value: string): string | undefined {
  if (value === '*') return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw badQuery(`${value} is not a date; use ISO 8601 such as 2024-01-31T00:00:00Z.`);
  return new Date(time).toISOString();
}

const unquote = (s: string) => (s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

const badQuery = (message: string) => new AppError(400, 'bad_query', message);
