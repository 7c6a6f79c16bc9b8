import type { PoolMember } from './pools.repo.ts';

export type RotationPick = { member: PoolMember; index: number; skipped: { name: string; why: string }[] };

function unavailable(m: PoolMember): string | null {
  if (!m.active) return 'deactivated';
  if (m.sell_role === 'none') return 'no Sell seat';
  return null;
}

/** From the rotation's place, the next member who can take a record, and who was passed over and why. */
export function nextInRotation(members: PoolMember[], nextPosition: number): RotationPick | null {
  const skipped: { name: string; why: string }[] = [];
  for (let step = 0; step < members.length; step++) {
    const index = (nextPosition + step) % members.length;
    const member = members[index]!;
    const why = unavailable(member);
    if (!why) return { member, index, skipped };
    skipped.push({ name: member.name, why });
  }
  return null;
}

/** B-4: "next in rotation; Ana skipped: deactivated". */
export function pickReason(pick: RotationPick): string {
  return ['next in rotation', ...pick.skipped.map((s) => `${s.name} skipped: ${s.why}`)].join('; ');
}
