import type { SellExecutor } from '../sell-tables.ts';
import { externalFeedKinds, type ExternalFeedKind } from './external-feed.ts';
import { externalBodies } from './external-feed.repo.ts';

type Row = { kind: string; source_key: string; source_group: string | null };

/**
 * What projected items on one page of a feed carry: their shared body with its lines under the kind's
 * field (a chat's `transcript`), by source key. Sell's own items are not in the map.
 */
export async function externalFeedBodies(db: SellExecutor, accountId: number, rows: Row[]): Promise<Map<string, Record<string, unknown>>> {
  const projected = rows.filter((r) => r.source_group !== null && r.kind in externalFeedKinds);
  const { bodies, lines } = await externalBodies(db, accountId, [...new Set(projected.map((r) => r.source_key))]);
  const linesOf = new Map<string, unknown[]>();
  for (const line of lines) linesOf.set(line.source_key, [...(linesOf.get(line.source_key) ?? []), JSON.parse(line.data)]);
  const dataOf = new Map(bodies.map((b) => [b.source_key, JSON.parse(b.data) as Record<string, unknown>]));
  const result = new Map<string, Record<string, unknown>>();
  for (const row of projected) {
    const field = externalFeedKinds[row.kind as ExternalFeedKind];
    result.set(row.source_key, { ...(dataOf.get(row.source_key) ?? {}), [field]: linesOf.get(row.source_key) ?? [] });
  }
  return result;
}
