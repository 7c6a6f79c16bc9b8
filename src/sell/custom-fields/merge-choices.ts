import type { Choice } from './field-types.ts';

/** New choice names keep the ids of the names they already had, so stored values stay meaningful. */
export function mergeChoices(current: Choice[], names: string[]): Choice[] {
  let next = Math.max(0, ...current.map((c) => c.id)) + 1;
  const seen = new Set<string>();
  const merged: Choice[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push({ id: current.find((c) => c.name.toLowerCase() === key)?.id ?? next++, name });
  }
  return merged;
}
