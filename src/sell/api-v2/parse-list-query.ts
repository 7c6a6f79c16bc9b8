import { invalidParam } from '../records/apply-list-request.ts';
import type { ListRequest } from '../records/list-request.ts';

export type FilterKind = 'id' | 'string' | 'bool' | 'int' | 'date';

/** What a list endpoint accepts beyond paging: its filters (query name → column), sortable fields and extras. */
export type ListSpec = {
  filters: Record<string, { column: string; kind: FilterKind }>;
  sortable: string[];
  defaultSort: string;
  address?: boolean;
  custom?: boolean;
  search?: boolean;
};

type Query = Record<string, string | string[] | undefined>;

const PAGING = new Set(['page', 'per_page', 'sort_by', 'ids', 'includes']);

function single(param: string, value: string | string[] | undefined): string | undefined {
  if (Array.isArray(value)) {
    if (value.length > 1) throw invalidParam(param, `${param} may be given once.`);
    return value[0];
  }
  return value;
}

function wholeNumber(param: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw invalidParam(param, `must be a whole number, given: ${text}`);
  const n = Number(text);
  if (n < min || n > max) throw invalidParam(param, `must be between ${min} and ${max}, given: ${text}`);
  return n;
}

/** `ids=1,2`, `ids=1&ids=2` and `ids[0]=1&ids[1]=2` all mean the same. */
function readIds(query: Query): number[] | undefined {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (key === 'ids' || /^ids\[\d*\]$/.test(key)) for (const v of [value ?? []].flat()) parts.push(...v.split(','));
  }
  if (parts.length === 0) return undefined;
  return parts.map((p) => wholeNumber('ids', p, 1, Number.MAX_SAFE_INTEGER));
}

function filterValue(param: string, kind: FilterKind, text: string): string | number | null {
  switch (kind) {
    case 'id':
    case 'int':
      return wholeNumber(param, text, kind === 'id' ? 1 : 0, Number.MAX_SAFE_INTEGER);
    case 'bool':
      if (!/^(true|false)$/i.test(text)) throw invalidParam(param, `must be true or false, given: ${text}`);
      return text.toLowerCase() === 'true' ? 1 : 0;
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw invalidParam(param, `must be a date as YYYY-MM-DD, given: ${text}`);
      return text;
    case 'string':
      return text;
  }
}

/**
 * Reads a list endpoint's query string. Anything it does not know is refused with 400 `invalid_param`,
 * as the Sell client libraries expect; booleans are read whatever their case.
 */
export function parseListQuery(query: Query, spec: ListSpec): ListRequest {
  const request: ListRequest = { page: 1, perPage: 25, sort: { field: 'id', direction: 'asc' }, equals: {}, address: {}, custom: {} };
  const sortText = single('sort_by', query.sort_by) ?? spec.defaultSort;
  const [field, direction = 'asc'] = sortText.split(':');
  if (!field || !spec.sortable.includes(field) || (direction !== 'asc' && direction !== 'desc')) {
    throw invalidParam('sort_by', `must be one of ${spec.sortable.join(', ')}, optionally followed by :asc or :desc; given: ${sortText}`);
  }
  request.sort = { field, direction };
  const ids = readIds(query);
  if (ids) request.ids = ids;

  for (const [key, raw] of Object.entries(query)) {
    if (raw === undefined || PAGING.has(key) || /^ids\[\d*\]$/.test(key)) continue;
    const value = single(key, raw)!;
    const filter = spec.filters[key];
    const nested = /^(address|custom_fields)\[([^\]]+)\]$/.exec(key);
    if (filter) request.equals[filter.column] = filterValue(key, filter.kind, value);
    else if (key === 'q' && spec.search) request.q = value;
    else if (nested?.[1] === 'address' && spec.address && ['city', 'country', 'postal_code'].includes(nested[2]!)) {
      request.address[nested[2] as 'city'] = value;
    } else if (nested?.[1] === 'custom_fields' && spec.custom) request.custom[nested[2]!] = value;
    else throw invalidParam(key, `${key} is not a known parameter here.`);
  }
  const page = single('page', query.page);
  const perPage = single('per_page', query.per_page);
  if (page !== undefined) request.page = wholeNumber('page', page, 1, 1_000_000);
  if (perPage !== undefined) request.perPage = wholeNumber('per_page', perPage, 1, 100);
  return request;
}

/** For endpoints that take no parameters at all (GET one, users/self): anything sent is refused. */
export function refuseQuery(query: Query, allowed: string[] = []) {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) throw invalidParam(key, `${key} is not a known parameter here.`);
  }
}
