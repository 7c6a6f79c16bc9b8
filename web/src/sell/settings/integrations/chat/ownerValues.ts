import type { OwnerEntry, OwnerRef, SettingsAnswer } from '../../../../integrations/sell-chat/api/types';

/** A user or pool as one picker value ("user:3", "pool:7"). */
export const ownerValue = (ref: OwnerRef) => `${ref.kind}:${ref.id}`;

export function ownerRefOf(value: string): OwnerRef {
  const [kind, id] = value.split(':');
  return { kind: kind === 'pool' ? 'pool' : 'user', id: Number(id) };
}

/** The picker's choices: every Sell user and lead pool, plus configured entries that went bad (O-4), so they can be seen and removed. */
export function ownerChoices(answer: SettingsAnswer, labels: { users: string; pools: string; unavailable: (entry: OwnerEntry) => string }) {
  const users = answer.choices?.users ?? [];
  const pools = answer.choices?.pools ?? [];
  const stale = answer.settings.ownerEntries.filter(
    (entry) => !(entry.kind === 'user' ? users : pools).some((choice) => choice.id === entry.id) || entry.unavailable !== null,
  );
  const option = (ref: OwnerRef, name: string) => {
    const bad = stale.find((entry) => entry.kind === ref.kind && entry.id === ref.id);
    return { value: ownerValue(ref), label: bad ? labels.unavailable(bad) : name };
  };
  const group = (kind: OwnerRef['kind'], list: { id: number; name: string }[]) => [
    ...list.map((choice) => option({ kind, id: choice.id }, choice.name)),
    ...stale.filter((entry) => entry.kind === kind && !list.some((choice) => choice.id === entry.id)).map((entry) => option(entry, entry.name)),
  ];
  return [
    { group: labels.users, items: group('user', users) },
    { group: labels.pools, items: group('pool', pools) },
  ].filter((g) => g.items.length > 0);
}
