/** How many deals a column shows; the total says when there are more. */
export const BOARD_COLUMN_LIMIT = 100;

/** The list query of one board column (also its cache key, so list refreshes reach the board). */
export function boardQuery(stageId: number, ownerId: string | null): string {
  const query = new URLSearchParams({ stage_id: String(stageId), sort_by: 'updated_at:desc', per_page: String(BOARD_COLUMN_LIMIT) });
  if (ownerId) query.set('owner_id', ownerId);
  return query.toString();
}
