import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export const PER_PAGE_CHOICES = [10, 25, 50, 100] as const;
const DEFAULT_PER_PAGE = 25;

export interface SortState {
  field: string;
  direction: 'asc' | 'desc';
}

export interface ListState {
  q: string;
  page: number;
  perPage: number;
  sort: SortState;
  /** Filter name → value, only the ones set. */
  filters: Record<string, string>;
}

function readSort(text: string | null, fallback: string): SortState {
  const [field, direction] = (text || fallback).split(':');
  return { field: field || 'id', direction: direction === 'desc' ? 'desc' : 'asc' };
}

function positive(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * A list's search, filters, sort and page, kept in the address bar: links can be shared and
 * Back returns to the same page of the same search.
 */
export function useListState(filterNames: readonly string[], defaultSort: string) {
  const [params, setParams] = useSearchParams();
  const state = useMemo<ListState>(() => {
    const perPage = positive(params.get('per_page'), DEFAULT_PER_PAGE);
    return {
      q: params.get('q') ?? '',
      page: positive(params.get('page'), 1),
      perPage: (PER_PAGE_CHOICES as readonly number[]).includes(perPage) ? perPage : DEFAULT_PER_PAGE,
      sort: readSort(params.get('sort_by'), defaultSort),
      filters: Object.fromEntries(
        filterNames.flatMap((name) => {
          const value = params.get(name);
          return value ? [[name, value]] : [];
        }),
      ),
    };
  }, [params, filterNames, defaultSort]);

  /** Changes some parameters; anything but the page itself sends the list back to page 1. */
  const change = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(name);
            else next.set(name, value);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return {
    state,
    setQ: useCallback((q: string) => change({ q: q.trim() ? q : null }), [change]),
    setPage: useCallback((page: number) => change({ page: page > 1 ? String(page) : null }), [change]),
    setPerPage: useCallback((perPage: number) => change({ per_page: String(perPage) }), [change]),
    setSort: useCallback((sort: SortState) => change({ sort_by: `${sort.field}:${sort.direction}` }), [change]),
    setFilter: useCallback((name: string, value: string | null) => change({ [name]: value }), [change]),
    clearFilters: useCallback(
      () => change({ q: null, ...Object.fromEntries(filterNames.map((name) => [name, null])) }),
      [change, filterNames],
    ),
  };
}

/** The query string the API expects for this state. */
export function toApiQuery(state: ListState): string {
  const query = new URLSearchParams();
  if (state.q.trim()) query.set('q', state.q.trim());
  for (const [name, value] of Object.entries(state.filters)) query.set(name, value);
  query.set('sort_by', `${state.sort.field}:${state.sort.direction}`);
  query.set('page', String(state.page));
  query.set('per_page', String(state.perPage));
  return query.toString();
}
