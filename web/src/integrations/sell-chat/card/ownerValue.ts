import type { OwnerRef } from '../api/types';

/** An owner as a picker's value ("user:3", "pool:2"), and back. */
export const ownerValue = (owner: OwnerRef) => `${owner.kind}:${owner.id}`;

export function ownerFromValue(value: string | null): OwnerRef | null {
  const [kind, id] = (value ?? '').split(':');
  return (kind === 'user' || kind === 'pool') && Number(id) > 0 ? { kind, id: Number(id) } : null;
}
