import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/platform/http/app-error.ts';
import { decideOwner, ownerOptions, type OwnerCandidate, type OwnerRuleInput } from '../../src/integrations/sell-chat/owners/owner-rules.ts';

const user = (id: number, name: string, unavailable: OwnerCandidate['unavailable'] = null): OwnerCandidate => ({ kind: 'user', id, name, unavailable });
const pool = (id: number, name: string, unavailable: OwnerCandidate['unavailable'] = null): OwnerCandidate => ({ kind: 'pool', id, name, unavailable });

const agent = { id: 10, name: 'Aiko Agent' };
const top = user(1, 'Ana Owner');
const installer = { id: 2, name: 'Ivan Installer' };
const everyone = [top, user(3, 'Rita Rep'), user(4, 'Ravi Rep'), user(10, 'Aiko Agent'), pool(7, 'Inbound'), pool(8, 'Outbound')];

function input(over: Partial<OwnerRuleInput> = {}): OwnerRuleInput {
  return { accessMode: 'sell_users', entries: [], allowAnyOwner: false, agent, topmostManager: top, actingUser: installer, everyone, ...over };
}

/** The 422 a wrong or missing pick gets: it names the `owner` field. */
function ownerError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.status).toBe(422);
    expect(e.fields?.[0]?.field).toBe('owner');
    return e.fields![0]!.message;
  }
  throw new Error('expected a 422 naming the owner field');
}

describe('owner rules (S-16 … S-18, O-3, O-4)', () => {
  it('no entries, S-17 off, Sell users only: the agent who creates the lead (S-18)', () => {
    const decision = decideOwner(input(), undefined);
    expect(decision).toMatchObject({ owner: { kind: 'user', id: agent.id }, rule: 'creating_agent', warnings: [] });
    expect(ownerOptions(input())).toMatchObject({ mode: 'fixed', required: false, choices: [] });
  });

  it('no entries, S-17 off, all agents: the topmost manager (S-18)', () => {
    expect(decideOwner(input({ accessMode: 'all_agents' }), undefined)).toMatchObject({ owner: { kind: 'user', id: top.id }, name: 'Ana Owner', rule: 'topmost_manager' });
  });

  it('all agents with a topmost manager who cannot own records: the acting Sell user, with a warning', () => {
    const decision = decideOwner(input({ accessMode: 'all_agents', topmostManager: user(1, 'Ana Owner', 'deactivated') }), undefined);
    expect(decision).toMatchObject({ owner: { kind: 'user', id: installer.id }, rule: 'acting_user' });
    expect(decision.warnings.map((w) => w.code)).toEqual(['topmost_manager_unavailable']);
    expect(decision.warnings[0]!.message).toContain('Ana Owner');
  });

  it('one user entry: leads go to it, and the agent cannot pick another', () => {
    const one = input({ entries: [user(3, 'Rita Rep')] });
    expect(decideOwner(one, undefined)).toMatchObject({ owner: { kind: 'user', id: 3 }, rule: 'only_entry' });
    expect(decideOwner(one, { kind: 'user', id: 3 })).toMatchObject({ owner: { kind: 'user', id: 3 } });
    expect(ownerError(() => decideOwner(one, { kind: 'user', id: 4 }))).toContain('Rita Rep');
  });

  it('one pool entry: the pool (its round robin picks the user)', () => {
    expect(decideOwner(input({ entries: [pool(7, 'Inbound')], accessMode: 'all_agents' }), undefined)).toMatchObject({ owner: { kind: 'pool', id: 7 }, rule: 'only_entry' });
  });

  it('several entries: the agent must pick one of them', () => {
    const several = input({ entries: [user(3, 'Rita Rep'), pool(7, 'Inbound')] });
    expect(ownerOptions(several)).toMatchObject({ mode: 'pick_entry', required: true, default: null });
    expect(ownerOptions(several).choices.map((c) => c.name)).toEqual(['Rita Rep', 'Inbound']);
    const missing = ownerError(() => decideOwner(several, undefined));
    expect(missing).toContain('Rita Rep');
    expect(missing).toContain('Pool "Inbound"');
    expect(decideOwner(several, { kind: 'pool', id: 7 })).toMatchObject({ owner: { kind: 'pool', id: 7 }, rule: 'picked_entry' });
    ownerError(() => decideOwner(several, { kind: 'user', id: 4 }));
  });

  it('S-17 without entries: any Sell user or pool, the S-18 owner when nothing is picked', () => {
    const any = input({ allowAnyOwner: true });
    const options = ownerOptions(any);
    expect(options).toMatchObject({ mode: 'pick_any', required: false, default: { rule: 'creating_agent' } });
    expect(options.choices.every((c) => !c.configured)).toBe(true);
    expect(decideOwner(any, { kind: 'user', id: 4 })).toMatchObject({ owner: { kind: 'user', id: 4 }, rule: 'picked_any' });
    expect(decideOwner(any, { kind: 'pool', id: 8 })).toMatchObject({ owner: { kind: 'pool', id: 8 }, rule: 'picked_any' });
    expect(decideOwner(any, undefined)).toMatchObject({ owner: { kind: 'user', id: agent.id } });
    ownerError(() => decideOwner(any, { kind: 'user', id: 999 }));
  });

  it('S-17 with entries: S-17 wins, configured entries listed first and not twice (O-3)', () => {
    const both = input({ allowAnyOwner: true, entries: [pool(8, 'Outbound'), user(4, 'Ravi Rep')] });
    const options = ownerOptions(both);
    expect(options.mode).toBe('pick_any');
    expect(options.choices.slice(0, 2)).toEqual([
      { kind: 'pool', id: 8, name: 'Outbound', configured: true },
      { kind: 'user', id: 4, name: 'Ravi Rep', configured: true },
    ]);
    expect(options.choices.filter((c) => c.kind === 'user' && c.id === 4)).toHaveLength(1);
    expect(options.required).toBe(true); // two entries: still a pick to make
    expect(decideOwner(both, { kind: 'user', id: 3 })).toMatchObject({ owner: { kind: 'user', id: 3 }, rule: 'picked_any' });
    expect(decideOwner(both, { kind: 'pool', id: 8 })).toMatchObject({ rule: 'picked_entry' });
  });

  it('S-17 leaves out users and pools that cannot take a lead', () => {
    const any = input({ allowAnyOwner: true, everyone: [...everyone, user(5, 'Gone Rep', 'deactivated'), pool(9, 'Empty', 'no_active_member')] });
    const names = ownerOptions(any).choices.map((c) => c.name);
    expect(names).not.toContain('Gone Rep');
    expect(names).not.toContain('Empty');
    ownerError(() => decideOwner(any, { kind: 'user', id: 5 }));
  });

  it('O-4: the only entry deactivated: the S-18 owner, with warnings', () => {
    const dead = input({ entries: [user(3, 'Rita Rep', 'deactivated')] });
    const decision = decideOwner(dead, undefined);
    expect(decision).toMatchObject({ owner: { kind: 'user', id: agent.id }, rule: 'creating_agent' });
    expect(decision.warnings.map((w) => w.code)).toEqual(['owner_deactivated', 'owner_fallback']);
    expect(decision.warnings[0]).toMatchObject({ entry: { kind: 'user', id: 3 } });
    expect(decision.warnings[0]!.message).toContain('Rita Rep is deactivated');
  });

  it('O-4: a deleted pool among two entries: the other entry alone applies', () => {
    const decision = decideOwner(input({ entries: [pool(7, 'Deleted pool #7', 'deleted'), user(4, 'Ravi Rep')] }), undefined);
    expect(decision).toMatchObject({ owner: { kind: 'user', id: 4 }, rule: 'only_entry' });
    expect(decision.warnings.map((w) => w.code)).toEqual(['owner_deleted']);
  });

  it('O-4: a pool with no active member, a user without a Sell seat, under all agents: the topmost manager', () => {
    const decision = decideOwner(input({ accessMode: 'all_agents', entries: [pool(7, 'Inbound', 'no_active_member'), user(3, 'Rita Rep', 'no_sell_seat')] }), undefined);
    expect(decision).toMatchObject({ owner: { kind: 'user', id: top.id }, rule: 'topmost_manager' });
    expect(decision.warnings.map((w) => w.code)).toEqual(['owner_no_active_member', 'owner_no_sell_seat', 'owner_fallback']);
  });

  it('O-4: a dead entry cannot be picked even when it is listed', () => {
    const several = input({ entries: [user(3, 'Rita Rep', 'deactivated'), user(4, 'Ravi Rep'), pool(7, 'Inbound')] });
    expect(ownerOptions(several).choices.map((c) => c.id)).toEqual([4, 7]);
    ownerError(() => decideOwner(several, { kind: 'user', id: 3 }));
  });
});
