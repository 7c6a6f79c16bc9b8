/** A list query, already checked by the API layer: what to filter on, how to sort, which page. */
export type ListRequest = {
  page: number;
  perPage: number;
  sort: { field: string; direction: 'asc' | 'desc' };
  ids?: number[];
  /** column → value; columns come from the resource's own whitelist, never from the client */
  equals: Record<string, string | number | null>;
  address: Partial<Record<'city' | 'country' | 'postal_code', string>>;
  /** custom field name → raw value as sent */
  custom: Record<string, string>;
  /** free text over the record's names and email (the web app's search box) */
  q?: string;
};

export type ListResult<T> = { items: T[]; hasMore: boolean };
